# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.chat_stream_options` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TypedDict

__all__ = [
    "ChatStreamOptionsDict",
]


class ChatStreamOptionsDict(TypedDict, total=False):
    """The dict form of :class:`ChatStreamOptions`."""

    include_usage: bool | None
