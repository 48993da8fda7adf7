# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.input_audio` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "InputAudioDict",
    "InputAudioInputAudioDict",
]


class InputAudioDict(TypedDict, total=False):
    """The dict form of :class:`InputAudio`."""

    input_audio: Required[InputAudioInputAudioDict]
    type: Required[Literal["input_audio"]]


class InputAudioInputAudioDict(TypedDict, total=False):
    """The dict form of :class:`InputAudioInputAudio`."""

    data: Required[str]
    format: Required[Literal["mp3", "wav"] | str]
