# Generated from the OpenRouter OpenAPI spec (components/schemas/SpeechRequest) by `python -m codegen`; do not edit.
"""Text-to-speech request input."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.provider_options import ProviderOptions
    from openrouter_core.models.speech_input_reference import SpeechInputReference


@attrs.frozen(kw_only=True)
class SpeechRequestProvider:
    """Provider-specific passthrough configuration."""

    options: ProviderOptions | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class SpeechRequest:
    """Text-to-speech request input."""

    input: str
    """Text to synthesize."""
    input_references: list[SpeechInputReference] | None = None
    """Reference content for stateless voice cloning: one `input_audio` part carrying the voice
    sample, optionally accompanied by one `text` part with its transcript.
    """
    model: str
    """TTS model identifier."""
    provider: SpeechRequestProvider | None = None
    """Provider-specific passthrough configuration."""
    response_format: str | None = None
    """Audio output format. Known values: ``"mp3"``, ``"pcm"``."""
    speed: float | None = None
    """Playback speed multiplier."""
    voice: str | None = None
    """Voice identifier (provider-specific)."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
