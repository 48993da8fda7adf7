# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.chat_content_audio` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ChatContentAudioDict",
    "ChatContentAudioInputAudioDict",
]


class ChatContentAudioDict(TypedDict, total=False):
    """The dict form of :class:`ChatContentAudio`."""

    input_audio: Required[ChatContentAudioInputAudioDict]
    type: Required[Literal["input_audio"]]


class ChatContentAudioInputAudioDict(TypedDict, total=False):
    """The dict form of :class:`ChatContentAudioInputAudio`."""

    data: Required[str]
    format: Required[str]
