# Generated from the OpenRouter OpenAPI spec (components/schemas/STTRequest) by `python -m codegen`; do not edit.
"""Speech-to-text request input."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.provider_options import ProviderOptions
    from openrouter_core.models.stt_input_audio import STTInputAudio


@attrs.frozen(kw_only=True)
class STTRequestProvider:
    """Provider-specific passthrough configuration."""

    options: ProviderOptions | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class STTRequest:
    """Speech-to-text request input."""

    input_audio: STTInputAudio
    language: str | None = None
    """ISO-639-1 language code (e.g., "en", "ja")."""
    model: str
    """STT model identifier."""
    provider: STTRequestProvider | None = None
    """Provider-specific passthrough configuration."""
    response_format: str | None = None
    """Output format. Known values: ``"json"``, ``"verbose_json"``."""
    temperature: float | None = None
    """Sampling temperature for transcription."""
    timestamp_granularities: list[str] | None = None
    """Timestamp detail levels to include when response_format is "verbose_json"."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
