# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.response_healing_plugin` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ResponseHealingPluginDict",
]


class ResponseHealingPluginDict(TypedDict, total=False):
    """The dict form of :class:`ResponseHealingPlugin`."""

    enabled: bool | None
    id: Required[Literal["response-healing"]]
