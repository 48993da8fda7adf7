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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        allowed_models: list[str] | None = None,
        cost_quality_tradeoff: int | None = None,
        cost_tier: str | None = None,
        enabled: bool | None = None,
        excluded_models: list[str] | None = None,
        id: str = "auto-router",
        pin_model: bool | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("allowed_models", allowed_models)
        _setattr("cost_quality_tradeoff", cost_quality_tradeoff)
        _setattr("cost_tier", cost_tier)
        _setattr("enabled", enabled)
        _setattr("excluded_models", excluded_models)
        _setattr("id", id)
        _setattr("pin_model", pin_model)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"allowed_models={self.allowed_models!r}, "
            f"cost_quality_tradeoff={self.cost_quality_tradeoff!r}, "
            f"cost_tier={self.cost_tier!r}, "
            f"enabled={self.enabled!r}, "
            f"excluded_models={self.excluded_models!r}, "
            f"id={self.id!r}, "
            f"pin_model={self.pin_model!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.allowed_models,
            self.cost_quality_tradeoff,
            self.cost_tier,
            self.enabled,
            self.excluded_models,
            self.id,
            self.pin_model,
            self.extra_fields,
        ) == (
            other.allowed_models,
            other.cost_quality_tradeoff,
            other.cost_tier,
            other.enabled,
            other.excluded_models,
            other.id,
            other.pin_model,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AutoRouterPlugin",
                self.allowed_models,
                self.cost_quality_tradeoff,
                self.cost_tier,
                self.enabled,
                self.excluded_models,
                self.id,
                self.pin_model,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
