# Generated from the OpenRouter OpenAPI spec (components/schemas/STTUsage) by `python -m codegen`; do not edit.
"""Aggregated usage statistics for the request."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class STTUsage:
    """Aggregated usage statistics for the request."""

    cost: float | None = None
    """Total cost of the request in USD."""
    input_tokens: int | None = None
    """Number of input tokens billed for this request."""
    output_tokens: int | None = None
    """Number of output tokens generated."""
    seconds: float | None = None
    """Duration of the input audio in seconds."""
    total_tokens: int | None = None
    """Total number of tokens used (input + output)."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
