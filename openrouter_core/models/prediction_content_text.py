# Generated from the OpenRouter OpenAPI spec (components/schemas/PredictionContentText) by `python -m codegen`; do not edit.
"""Text content part for a predicted output."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class PredictionContentText:
    """Text content part for a predicted output."""

    text: str
    type: str = "text"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        text: str,
        type: str = "text",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("text", text)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(text={self.text!r}, type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.text, self.type, self.extra_fields) == (
            other.text,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("PredictionContentText", self.text, self.type, self.extra_fields))

    # --- end of attrs methods ---
