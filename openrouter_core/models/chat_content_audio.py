# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatContentAudio) by `python -m codegen`; do not edit.
"""Audio input content part."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ChatContentAudioInputAudio:
    """The ``input_audio`` of a :class:`ChatContentAudio`."""

    data: str
    """Base64 encoded audio data."""
    format: str
    """Audio format (e.g., wav, mp3, flac, m4a, ogg, aiff, aac, pcm16, pcm24)."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class ChatContentAudio:
    """Audio input content part."""

    input_audio: ChatContentAudioInputAudio
    type: str = "input_audio"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
