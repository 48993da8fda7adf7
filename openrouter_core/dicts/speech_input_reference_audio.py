# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.speech_input_reference_audio` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.speech_input_reference_audio_input import (
        SpeechInputReferenceAudioInputDict,
    )

__all__ = [
    "SpeechInputReferenceAudioDict",
]


class SpeechInputReferenceAudioDict(TypedDict, total=False):
    """The dict form of :class:`SpeechInputReferenceAudio`."""

    input_audio: Required[SpeechInputReferenceAudioInputDict]
    type: Required[Literal["input_audio"]]
