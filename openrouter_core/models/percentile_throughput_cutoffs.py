# Generated from the OpenRouter OpenAPI spec (components/schemas/PercentileThroughputCutoffs) by `python -m codegen`; do not edit.
"""Percentile-based throughput cutoffs."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class PercentileThroughputCutoffs:
    """Percentile-based throughput cutoffs."""

    p50: float | Unset | None = UNSET
    """Minimum p50 throughput (tokens/sec)."""
    p75: float | Unset | None = UNSET
    """Minimum p75 throughput (tokens/sec)."""
    p90: float | Unset | None = UNSET
    """Minimum p90 throughput (tokens/sec)."""
    p99: float | Unset | None = UNSET
    """Minimum p99 throughput (tokens/sec)."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
