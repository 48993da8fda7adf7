# Generated from the OpenRouter OpenAPI spec (components/schemas/SpeechInputReferenceAudio) by `python -m codegen`; do not edit.
"""Reference audio input for stateless voice cloning."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.speech_input_reference_audio_input import (
        SpeechInputReferenceAudioInput,
    )


@attrs.frozen(kw_only=True)
class SpeechInputReferenceAudio:
    """Reference audio input for stateless voice cloning."""

    input_audio: SpeechInputReferenceAudioInput
    type: str = "input_audio"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
