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
