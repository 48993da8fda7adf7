# Generated from the OpenRouter OpenAPI spec (components/schemas/AutoRouterPlugin) by `python -m codegen`; do not edit.
"""The ``AutoRouterPlugin`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AutoRouterPlugin:
    """The ``AutoRouterPlugin`` object."""

    allowed_models: list[str] | None = None
    """List of model patterns to filter which models the auto-router can route between."""
    cost_quality_tradeoff: int | None = None
    """Deprecated. Deprecated: Use cost_tier instead."""
    cost_tier: str | None = None
    """Named cost/quality setting. Known values: ``"low"``, ``"medium"``, ``"high"``, ``"xhigh"``,
    ``"max"``.
    """
    enabled: bool | None = None
    """Set to false to disable the auto-router plugin for this request."""
    excluded_models: list[str] | None = None
    """List of model patterns to exclude from auto-router selection."""
    id: str = "auto-router"
    pin_model: bool | None = None
    """When true, reuses the model from the most recent assistant message's `model` attribute for
    subsequent turns.
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
