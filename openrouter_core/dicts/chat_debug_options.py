# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.chat_debug_options` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TypedDict

__all__ = [
    "ChatDebugOptionsDict",
]


class ChatDebugOptionsDict(TypedDict, total=False):
    """The dict form of :class:`ChatDebugOptions`."""

    echo_upstream_body: bool | None
