# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.stop_server_tools_when_max_cost` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "StopServerToolsWhenMaxCostDict",
]


class StopServerToolsWhenMaxCostDict(TypedDict, total=False):
    """The dict form of :class:`StopServerToolsWhenMaxCost`."""

    max_cost_in_dollars: Required[float]
    type: Required[Literal["max_cost"]]
