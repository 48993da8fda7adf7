# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatAudioOutput) by `python -m codegen`; do not edit.
"""Audio output data or reference."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ChatAudioOutput:
    """Audio output data or reference."""

    data: str | None = None
    """Base64 encoded audio data."""
    expires_at: int | None = None
    """Audio expiration timestamp."""
    id: str | None = None
    """Audio output identifier."""
    transcript: str | None = None
    """Audio transcript."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        data: str | None = None,
        expires_at: int | None = None,
        id: str | None = None,
        transcript: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("data", data)
        _setattr("expires_at", expires_at)
        _setattr("id", id)
        _setattr("transcript", transcript)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"data={self.data!r}, "
            f"expires_at={self.expires_at!r}, "
            f"id={self.id!r}, "
            f"transcript={self.transcript!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.data, self.expires_at, self.id, self.transcript, self.extra_fields) == (
            other.data,
            other.expires_at,
            other.id,
            other.transcript,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ChatAudioOutput",
                self.data,
                self.expires_at,
                self.id,
                self.transcript,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
