# Generated from the OpenRouter OpenAPI spec (components/schemas/BatchPaymentRequiredResponsePromptTokensDetails) by `python -m codegen`; do not edit.
"""Breakdown of tokens used in the prompt."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class BatchPaymentRequiredResponsePromptTokensDetails:
    """Breakdown of tokens used in the prompt."""

    audio_tokens: int | Unset | None = UNSET
    """Tokens used for input audio."""
    cache_write_tokens: int | Unset | None = UNSET
    """Tokens written to cache."""
    cached_tokens: int | Unset | None = UNSET
    """Tokens cached by the endpoint."""
    file_tokens: int | Unset | None = UNSET
    """Tokens used for input files/documents."""
    video_tokens: int | Unset | None = UNSET
    """Tokens used for input video."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        audio_tokens: int | Unset | None = UNSET,
        cache_write_tokens: int | Unset | None = UNSET,
        cached_tokens: int | Unset | None = UNSET,
        file_tokens: int | Unset | None = UNSET,
        video_tokens: int | Unset | None = UNSET,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("audio_tokens", audio_tokens)
        _setattr("cache_write_tokens", cache_write_tokens)
        _setattr("cached_tokens", cached_tokens)
        _setattr("file_tokens", file_tokens)
        _setattr("video_tokens", video_tokens)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"audio_tokens={self.audio_tokens!r}, "
            f"cache_write_tokens={self.cache_write_tokens!r}, "
            f"cached_tokens={self.cached_tokens!r}, "
            f"file_tokens={self.file_tokens!r}, "
            f"video_tokens={self.video_tokens!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.audio_tokens,
            self.cache_write_tokens,
            self.cached_tokens,
            self.file_tokens,
            self.video_tokens,
            self.extra_fields,
        ) == (
            other.audio_tokens,
            other.cache_write_tokens,
            other.cached_tokens,
            other.file_tokens,
            other.video_tokens,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "BatchPaymentRequiredResponsePromptTokensDetails",
                self.audio_tokens,
                self.cache_write_tokens,
                self.cached_tokens,
                self.file_tokens,
                self.video_tokens,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
