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
        return hash(("SpeechRequestProvider", self.options, self.extra_fields))

    # --- end of attrs methods ---


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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        input: str,
        input_references: list[SpeechInputReference] | None = None,
        model: str,
        provider: SpeechRequestProvider | None = None,
        response_format: str | None = None,
        speed: float | None = None,
        voice: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("input", input)
        _setattr("input_references", input_references)
        _setattr("model", model)
        _setattr("provider", provider)
        _setattr("response_format", response_format)
        _setattr("speed", speed)
        _setattr("voice", voice)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"input={self.input!r}, "
            f"input_references={self.input_references!r}, "
            f"model={self.model!r}, "
            f"provider={self.provider!r}, "
            f"response_format={self.response_format!r}, "
            f"speed={self.speed!r}, "
            f"voice={self.voice!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.input,
            self.input_references,
            self.model,
            self.provider,
            self.response_format,
            self.speed,
            self.voice,
            self.extra_fields,
        ) == (
            other.input,
            other.input_references,
            other.model,
            other.provider,
            other.response_format,
            other.speed,
            other.voice,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "SpeechRequest",
                self.input,
                self.input_references,
                self.model,
                self.provider,
                self.response_format,
                self.speed,
                self.voice,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
