# Generated from the OpenRouter OpenAPI spec (components/schemas/DecisionsBoxAnswer) by `python -m codegen`; do not edit.
"""The ``DecisionsBoxAnswer`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.box import Box


@attrs.frozen(kw_only=True)
class DecisionsBoxAnswer:
    """The ``DecisionsBoxAnswer`` object."""

    box: Box
    type: str = "box"
    confidence: float | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        box: Box,
        type: str = "box",
        confidence: float | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("box", box)
        _setattr("type", type)
        _setattr("confidence", confidence)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"box={self.box!r}, "
            f"type={self.type!r}, "
            f"confidence={self.confidence!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.box, self.type, self.confidence, self.extra_fields) == (
            other.box,
            other.type,
            other.confidence,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("DecisionsBoxAnswer", self.box, self.type, self.confidence, self.extra_fields))

    # --- end of attrs methods ---
