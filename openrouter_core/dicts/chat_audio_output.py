# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.chat_audio_output` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TypedDict

__all__ = [
    "ChatAudioOutputDict",
]


class ChatAudioOutputDict(TypedDict, total=False):
    """The dict form of :class:`ChatAudioOutput`."""

    data: str | None
    expires_at: int | None
    id: str | None
    transcript: str | None
