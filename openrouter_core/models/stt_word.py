# Generated from the OpenRouter OpenAPI spec (components/schemas/STTWord) by `python -m codegen`; do not edit.
"""A timestamped word, returned when the provider includes word-level timestamps."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class STTWord:
    """A timestamped word, returned when the provider includes word-level timestamps."""

    end: float
    """Word end time in seconds."""
    speaker: int | None = None
    """Speaker index for the word, present when the provider returns diarization data."""
    start: float
    """Word start time in seconds."""
    word: str
    """The transcribed word."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
