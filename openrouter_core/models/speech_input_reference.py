# Generated from the OpenRouter OpenAPI spec (components/schemas/SpeechInputReference) by `python -m codegen`; do not edit.
"""Reference content part for stateless voice cloning."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.speech_input_reference_audio import SpeechInputReferenceAudio
from openrouter_core.models.speech_input_reference_text import SpeechInputReferenceText

SpeechInputReference: TypeAlias = (
    SpeechInputReferenceAudio | SpeechInputReferenceText | dict[str, Any]
)
"""Reference content part for stateless voice cloning."""


_SPEECH_INPUT_REFERENCE_BY_TYPE: dict[Any, Any] = {
    "input_audio": SpeechInputReferenceAudio,
    "text": SpeechInputReferenceText,
}


def _choose_speech_input_reference(data: Any) -> Any:
    """The member of :data:`SpeechInputReference` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _SPEECH_INPUT_REFERENCE_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"SpeechInputReference: expected an object, got {type(data).__name__}")


register_union(SpeechInputReference, _choose_speech_input_reference)
