# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.speech_input_reference` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from openrouter_core.dicts.speech_input_reference_audio import SpeechInputReferenceAudioDict
    from openrouter_core.dicts.speech_input_reference_text import SpeechInputReferenceTextDict

__all__ = [
    "SpeechInputReferenceDict",
]

SpeechInputReferenceDict: TypeAlias = "SpeechInputReferenceAudioDict | SpeechInputReferenceTextDict"
