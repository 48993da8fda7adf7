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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        data: str,
        format: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("data", data)
        _setattr("format", format)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(data={self.data!r}, format={self.format!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.data, self.format, self.extra_fields) == (
            other.data,
            other.format,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("ChatContentAudioInputAudio", self.data, self.format, self.extra_fields))

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class ChatContentAudio:
    """Audio input content part."""

    input_audio: ChatContentAudioInputAudio
    type: str = "input_audio"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        input_audio: ChatContentAudioInputAudio,
        type: str = "input_audio",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("input_audio", input_audio)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}(input_audio={self.input_audio!r}, type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.input_audio, self.type, self.extra_fields) == (
            other.input_audio,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("ChatContentAudio", self.input_audio, self.type, self.extra_fields))

    # --- end of attrs methods ---
