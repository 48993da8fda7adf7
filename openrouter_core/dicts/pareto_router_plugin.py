# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.pareto_router_plugin` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ParetoRouterPluginDict",
]


class ParetoRouterPluginDict(TypedDict, total=False):
    """The dict form of :class:`ParetoRouterPlugin`."""

    enabled: bool | None
    id: Required[Literal["pareto-router"]]
    max_price: float | None
    min_coding_score: float | None
    price_source: Literal["prompt", "weighted_avg"] | str | None
