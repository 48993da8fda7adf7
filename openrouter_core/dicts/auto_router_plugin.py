# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.auto_router_plugin` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "AutoRouterPluginDict",
]


class AutoRouterPluginDict(TypedDict, total=False):
    """The dict form of :class:`AutoRouterPlugin`."""

    allowed_models: list[str] | None
    cost_quality_tradeoff: int | None
    cost_tier: Literal["low", "medium", "high", "xhigh", "max"] | str | None
    enabled: bool | None
    excluded_models: list[str] | None
    id: Required[Literal["auto-router"]]
    pin_model: bool | None
