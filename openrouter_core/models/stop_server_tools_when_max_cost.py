# Generated from the OpenRouter OpenAPI spec (components/schemas/StopServerToolsWhenMaxCost) by `python -m codegen`; do not edit.
"""Stop once cumulative cost across the loop exceeds this dollar threshold."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class StopServerToolsWhenMaxCost:
    """Stop once cumulative cost across the loop exceeds this dollar threshold."""

    max_cost_in_dollars: float
    type: str = "max_cost"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        max_cost_in_dollars: float,
        type: str = "max_cost",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("max_cost_in_dollars", max_cost_in_dollars)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"max_cost_in_dollars={self.max_cost_in_dollars!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.max_cost_in_dollars, self.type, self.extra_fields) == (
            other.max_cost_in_dollars,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("StopServerToolsWhenMaxCost", self.max_cost_in_dollars, self.type, self.extra_fields)
        )

    # --- end of attrs methods ---
