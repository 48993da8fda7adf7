# Generated from the OpenRouter OpenAPI spec (components/schemas/STTTimestampGranularity) by `python -m codegen`; do not edit.
"""A timestamp detail level for verbose_json transcription responses."""

from __future__ import annotations

from typing import Final


class STTTimestampGranularity:
    """A timestamp detail level for verbose_json transcription responses.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    WORD: Final = "word"
    SEGMENT: Final = "segment"
