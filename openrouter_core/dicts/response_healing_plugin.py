# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.response_healing_plugin` (keys as sent on the wire)."""

from __future__ import annotations

from typing import Literal, TypedDict

__all__ = [
    "ResponseHealingPluginDict",
]


class ResponseHealingPluginDict(TypedDict, total=False):
    """The dict form of :class:`ResponseHealingPlugin`."""

    enabled: bool | None
    id: Literal["response-healing"]
