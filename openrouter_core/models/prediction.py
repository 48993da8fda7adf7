# Generated from the OpenRouter OpenAPI spec (components/schemas/Prediction) by `python -m codegen`; do not edit.
"""Static predicted output content."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.prediction_content_text import PredictionContentText

PredictionContent: TypeAlias = str | list[PredictionContentText]
"""The ``content`` of a :class:`Prediction`."""


def _choose_prediction_content(data: Any) -> Any:
    """The member of :data:`PredictionContent` that ``data`` is, by its JSON type."""
    if isinstance(data, str):
        return str
    if isinstance(data, list):
        return list[PredictionContentText]
    raise TypeError(f"PredictionContent: expected a string or an array, got {type(data).__name__}")


register_union(PredictionContent, _choose_prediction_content)


@attrs.frozen(kw_only=True)
class Prediction:
    """Static predicted output content."""

    content: PredictionContent
    type: str = "content"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        content: PredictionContent,
        type: str = "content",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("content", content)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(content={self.content!r}, type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.content, self.type, self.extra_fields) == (
            other.content,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("Prediction", self.content, self.type, self.extra_fields))

    # --- end of attrs methods ---
