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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        options: ProviderOptions | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("options", options)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(options={self.options!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.options, self.extra_fields) == (other.options, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("STTRequestProvider", self.options, self.extra_fields))

    # --- end of attrs methods ---


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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        input_audio: STTInputAudio,
        language: str | None = None,
        model: str,
        provider: STTRequestProvider | None = None,
        response_format: str | None = None,
        temperature: float | None = None,
        timestamp_granularities: list[str] | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("input_audio", input_audio)
        _setattr("language", language)
        _setattr("model", model)
        _setattr("provider", provider)
        _setattr("response_format", response_format)
        _setattr("temperature", temperature)
        _setattr("timestamp_granularities", timestamp_granularities)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"input_audio={self.input_audio!r}, "
            f"language={self.language!r}, "
            f"model={self.model!r}, "
            f"provider={self.provider!r}, "
            f"response_format={self.response_format!r}, "
            f"temperature={self.temperature!r}, "
            f"timestamp_granularities={self.timestamp_granularities!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.input_audio,
            self.language,
            self.model,
            self.provider,
            self.response_format,
            self.temperature,
            self.timestamp_granularities,
            self.extra_fields,
        ) == (
            other.input_audio,
            other.language,
            other.model,
            other.provider,
            other.response_format,
            other.temperature,
            other.timestamp_granularities,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "STTRequest",
                self.input_audio,
                self.language,
                self.model,
                self.provider,
                self.response_format,
                self.temperature,
                self.timestamp_granularities,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
