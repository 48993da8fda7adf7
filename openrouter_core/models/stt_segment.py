# Generated from the OpenRouter OpenAPI spec (components/schemas/STTSegment) by `python -m codegen`; do not edit.
"""A timestamped transcript segment, returned when response_format is verbose_json."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class STTSegment:
    """A timestamped transcript segment, returned when response_format is verbose_json."""

    avg_logprob: float | None = None
    """Average log probability of the segment."""
    compression_ratio: float | None = None
    """Compression ratio of the segment."""
    end: float
    """Segment end time in seconds."""
    id: int
    """Segment index within the transcript."""
    no_speech_prob: float | None = None
    """Probability the segment contains no speech."""
    seek: int | None = None
    """Seek offset of the segment."""
    speaker: int | None = None
    """Speaker index for the segment, present when the provider returns diarization data."""
    start: float
    """Segment start time in seconds."""
    temperature: float | None = None
    """Temperature used for the segment."""
    text: str
    """Transcribed text of the segment."""
    tokens: list[int] | None = None
    """Token IDs of the segment."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        avg_logprob: float | None = None,
        compression_ratio: float | None = None,
        end: float,
        id: int,
        no_speech_prob: float | None = None,
        seek: int | None = None,
        speaker: int | None = None,
        start: float,
        temperature: float | None = None,
        text: str,
        tokens: list[int] | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("avg_logprob", avg_logprob)
        _setattr("compression_ratio", compression_ratio)
        _setattr("end", end)
        _setattr("id", id)
        _setattr("no_speech_prob", no_speech_prob)
        _setattr("seek", seek)
        _setattr("speaker", speaker)
        _setattr("start", start)
        _setattr("temperature", temperature)
        _setattr("text", text)
        _setattr("tokens", tokens)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"avg_logprob={self.avg_logprob!r}, "
            f"compression_ratio={self.compression_ratio!r}, "
            f"end={self.end!r}, "
            f"id={self.id!r}, "
            f"no_speech_prob={self.no_speech_prob!r}, "
            f"seek={self.seek!r}, "
            f"speaker={self.speaker!r}, "
            f"start={self.start!r}, "
            f"temperature={self.temperature!r}, "
            f"text={self.text!r}, "
            f"tokens={self.tokens!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.avg_logprob,
            self.compression_ratio,
            self.end,
            self.id,
            self.no_speech_prob,
            self.seek,
            self.speaker,
            self.start,
            self.temperature,
            self.text,
            self.tokens,
            self.extra_fields,
        ) == (
            other.avg_logprob,
            other.compression_ratio,
            other.end,
            other.id,
            other.no_speech_prob,
            other.seek,
            other.speaker,
            other.start,
            other.temperature,
            other.text,
            other.tokens,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "STTSegment",
                self.avg_logprob,
                self.compression_ratio,
                self.end,
                self.id,
                self.no_speech_prob,
                self.seek,
                self.speaker,
                self.start,
                self.temperature,
                self.text,
                self.tokens,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
