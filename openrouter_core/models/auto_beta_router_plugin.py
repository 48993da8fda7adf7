# Generated from the OpenRouter OpenAPI spec (components/schemas/AutoBetaRouterPlugin) by `python -m codegen`; do not edit.
"""The ``AutoBetaRouterPlugin`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AutoBetaRouterPlugin:
    """The ``AutoBetaRouterPlugin`` object."""

    allowed_models: list[str] | None = None
    """List of model patterns to filter which models the auto-beta-router can route between."""
    cost_quality_tradeoff: int | None = None
    """Deprecated. Deprecated: Use cost_tier instead."""
    cost_tier: str | None = None
    """Named cost/quality setting. Known values: ``"low"``, ``"medium"``, ``"high"``, ``"xhigh"``,
    ``"max"``.
    """
    enabled: bool | None = None
    """Set to false to disable the auto-beta-router plugin for this request."""
    excluded_models: list[str] | None = None
    """List of model patterns to exclude from auto-beta-router selection."""
    id: str = "auto-beta-router"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
