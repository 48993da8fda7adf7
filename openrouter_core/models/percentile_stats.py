# Generated from the OpenRouter OpenAPI spec (components/schemas/PercentileStats) by `python -m codegen`; do not edit.
"""Latency percentiles in milliseconds over the last 30 minutes."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class PercentileStats:
    """Latency percentiles in milliseconds over the last 30 minutes."""

    p50: float
    """Median (50th percentile)."""
    p75: float
    """75th percentile."""
    p90: float
    """90th percentile."""
    p99: float
    """99th percentile."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
