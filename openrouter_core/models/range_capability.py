# Generated from the OpenRouter OpenAPI spec (components/schemas/RangeCapability) by `python -m codegen`; do not edit.
"""A parameter that accepts any value within an inclusive numeric range."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class RangeCapability:
    """A parameter that accepts any value within an inclusive numeric range."""

    max: float
    min: float
    type: str = "range"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        max: float,
        min: float,
        type: str = "range",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("max", max)
        _setattr("min", min)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}(max={self.max!r}, min={self.min!r}, type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.max, self.min, self.type, self.extra_fields) == (
            other.max,
            other.min,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("RangeCapability", self.max, self.min, self.type, self.extra_fields))

    # --- end of attrs methods ---
