# Generated from the OpenRouter OpenAPI spec (components/schemas/ParetoRouterPlugin) by `python -m codegen`; do not edit.
"""The ``ParetoRouterPlugin`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ParetoRouterPlugin:
    """The ``ParetoRouterPlugin`` object."""

    enabled: bool | None = None
    """Set to false to disable the pareto-router plugin for this request."""
    id: str = "pareto-router"
    max_price: float | None = None
    """Maximum input price in USD per million tokens."""
    min_coding_score: float | None = None
    """Minimum coding quality score between 0 and 1. Maps to internal quality tiers: >= 0.66 → high
    (top coding models), >= 0.33 → medium (strong modern flagships), < 0.33 → low (capable coders
    above the median).
    """
    price_source: str | None = None
    """Price source for the Pareto frontier cost axis and for enforcing max_price. Known values:
    ``"prompt"``, ``"weighted_avg"``.
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        enabled: bool | None = None,
        id: str = "pareto-router",
        max_price: float | None = None,
        min_coding_score: float | None = None,
        price_source: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("enabled", enabled)
        _setattr("id", id)
        _setattr("max_price", max_price)
        _setattr("min_coding_score", min_coding_score)
        _setattr("price_source", price_source)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"enabled={self.enabled!r}, "
            f"id={self.id!r}, "
            f"max_price={self.max_price!r}, "
            f"min_coding_score={self.min_coding_score!r}, "
            f"price_source={self.price_source!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.enabled,
            self.id,
            self.max_price,
            self.min_coding_score,
            self.price_source,
            self.extra_fields,
        ) == (
            other.enabled,
            other.id,
            other.max_price,
            other.min_coding_score,
            other.price_source,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ParetoRouterPlugin",
                self.enabled,
                self.id,
                self.max_price,
                self.min_coding_score,
                self.price_source,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
