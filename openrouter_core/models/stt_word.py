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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        end: float,
        speaker: int | None = None,
        start: float,
        word: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("end", end)
        _setattr("speaker", speaker)
        _setattr("start", start)
        _setattr("word", word)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"end={self.end!r}, "
            f"speaker={self.speaker!r}, "
            f"start={self.start!r}, "
            f"word={self.word!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.end, self.speaker, self.start, self.word, self.extra_fields) == (
            other.end,
            other.speaker,
            other.start,
            other.word,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("STTWord", self.end, self.speaker, self.start, self.word, self.extra_fields))

    # --- end of attrs methods ---
