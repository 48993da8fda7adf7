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
