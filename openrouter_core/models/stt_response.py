# Generated from the OpenRouter OpenAPI spec (components/schemas/STTResponse) by `python -m codegen`; do not edit.
"""STT response containing transcribed text and optional usage statistics."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.stt_segment import STTSegment
    from openrouter_core.models.stt_usage import STTUsage
    from openrouter_core.models.stt_word import STTWord


@attrs.frozen(kw_only=True)
class STTResponse:
    """STT response containing transcribed text and optional usage statistics."""

    duration: float | None = None
    """Duration of the input audio in seconds, present when response_format is verbose_json."""
    language: str | None = None
    """Detected or forced language, present when response_format is verbose_json."""
    segments: list[STTSegment] | None = None
    """Timestamped transcript segments, present when response_format is verbose_json."""
    task: str | None = None
    """The task performed, present when response_format is verbose_json."""
    text: str
    """The transcribed text."""
    usage: STTUsage | None = None
    words: list[STTWord] | None = None
    """Timestamped words, present when the provider returns word-level timestamps."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
