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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        input_audio: SpeechInputReferenceAudioInput,
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
        return hash(("SpeechInputReferenceAudio", self.input_audio, self.type, self.extra_fields))

    # --- end of attrs methods ---
