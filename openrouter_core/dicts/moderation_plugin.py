# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.moderation_plugin` (keys as sent on the wire)."""

from __future__ import annotations

from typing import Literal, TypedDict

__all__ = [
    "ModerationPluginDict",
]


class ModerationPluginDict(TypedDict, total=False):
    """The dict form of :class:`ModerationPlugin`."""

    id: Literal["moderation"]
