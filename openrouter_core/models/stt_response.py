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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        duration: float | None = None,
        language: str | None = None,
        segments: list[STTSegment] | None = None,
        task: str | None = None,
        text: str,
        usage: STTUsage | None = None,
        words: list[STTWord] | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("duration", duration)
        _setattr("language", language)
        _setattr("segments", segments)
        _setattr("task", task)
        _setattr("text", text)
        _setattr("usage", usage)
        _setattr("words", words)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"duration={self.duration!r}, "
            f"language={self.language!r}, "
            f"segments={self.segments!r}, "
            f"task={self.task!r}, "
            f"text={self.text!r}, "
            f"usage={self.usage!r}, "
            f"words={self.words!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.duration,
            self.language,
            self.segments,
            self.task,
            self.text,
            self.usage,
            self.words,
            self.extra_fields,
        ) == (
            other.duration,
            other.language,
            other.segments,
            other.task,
            other.text,
            other.usage,
            other.words,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "STTResponse",
                self.duration,
                self.language,
                self.segments,
                self.task,
                self.text,
                self.usage,
                self.words,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
