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
