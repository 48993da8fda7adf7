# Generated from the OpenRouter OpenAPI spec (components/schemas/PricingOverride) by `python -m codegen`; do not edit.
"""A conditional override of the base pricing."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class PricingOverride:
    """A conditional override of the base pricing."""

    audio: str | None = None
    """Overridden price in USD per audio input token."""
    completion: str | None = None
    """Overridden price in USD per token for completion (output) generation."""
    input_audio_cache: str | None = None
    """Overridden price in USD per cached audio input token."""
    input_cache_read: str | None = None
    """Overridden price in USD per cached input token (read)."""
    input_cache_write: str | None = None
    """Overridden price in USD per cache-write token."""
    input_cache_write_1h: str | None = None
    """Overridden price in USD per 1-hour cache-write token."""
    min_prompt_tokens: float | None = None
    """Condition: the entry applies when the total prompt tokens of a request are strictly greater
    than this threshold.
    """
    prompt: str | None = None
    """Overridden price in USD per token for prompt (input) processing."""
    utc_end: float | None = None
    """Condition: exclusive end of a daily UTC time window as an HHMM clock number (e.g. 400 =
    04:00).
    """
    utc_start: float | None = None
    """Condition: inclusive start of a daily UTC time window as an HHMM clock number (e.g. 100 =
    01:00, 1030 = 10:30).
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        audio: str | None = None,
        completion: str | None = None,
        input_audio_cache: str | None = None,
        input_cache_read: str | None = None,
        input_cache_write: str | None = None,
        input_cache_write_1h: str | None = None,
        min_prompt_tokens: float | None = None,
        prompt: str | None = None,
        utc_end: float | None = None,
        utc_start: float | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("audio", audio)
        _setattr("completion", completion)
        _setattr("input_audio_cache", input_audio_cache)
        _setattr("input_cache_read", input_cache_read)
        _setattr("input_cache_write", input_cache_write)
        _setattr("input_cache_write_1h", input_cache_write_1h)
        _setattr("min_prompt_tokens", min_prompt_tokens)
        _setattr("prompt", prompt)
        _setattr("utc_end", utc_end)
        _setattr("utc_start", utc_start)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"audio={self.audio!r}, "
            f"completion={self.completion!r}, "
            f"input_audio_cache={self.input_audio_cache!r}, "
            f"input_cache_read={self.input_cache_read!r}, "
            f"input_cache_write={self.input_cache_write!r}, "
            f"input_cache_write_1h={self.input_cache_write_1h!r}, "
            f"min_prompt_tokens={self.min_prompt_tokens!r}, "
            f"prompt={self.prompt!r}, "
            f"utc_end={self.utc_end!r}, "
            f"utc_start={self.utc_start!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.audio,
            self.completion,
            self.input_audio_cache,
            self.input_cache_read,
            self.input_cache_write,
            self.input_cache_write_1h,
            self.min_prompt_tokens,
            self.prompt,
            self.utc_end,
            self.utc_start,
            self.extra_fields,
        ) == (
            other.audio,
            other.completion,
            other.input_audio_cache,
            other.input_cache_read,
            other.input_cache_write,
            other.input_cache_write_1h,
            other.min_prompt_tokens,
            other.prompt,
            other.utc_end,
            other.utc_start,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "PricingOverride",
                self.audio,
                self.completion,
                self.input_audio_cache,
                self.input_cache_read,
                self.input_cache_write,
                self.input_cache_write_1h,
                self.min_prompt_tokens,
                self.prompt,
                self.utc_end,
                self.utc_start,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
