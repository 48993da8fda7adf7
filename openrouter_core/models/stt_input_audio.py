# Generated from the OpenRouter OpenAPI spec (components/schemas/STTInputAudio) by `python -m codegen`; do not edit.
"""Base64-encoded audio to transcribe."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class STTInputAudio:
    """Base64-encoded audio to transcribe."""

    data: str
    """Base64-encoded audio data (raw bytes, not a data URI)."""
    format: str
    """Audio format (e.g., wav, mp3, flac, m4a, ogg, webm, aac)."""
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
        return hash(("STTInputAudio", self.data, self.format, self.extra_fields))

    # --- end of attrs methods ---
