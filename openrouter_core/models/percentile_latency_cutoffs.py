# Generated from the OpenRouter OpenAPI spec (components/schemas/PercentileLatencyCutoffs) by `python -m codegen`; do not edit.
"""Percentile-based latency cutoffs."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class PercentileLatencyCutoffs:
    """Percentile-based latency cutoffs."""

    p50: float | Unset | None = UNSET
    """Maximum p50 latency (seconds)."""
    p75: float | Unset | None = UNSET
    """Maximum p75 latency (seconds)."""
    p90: float | Unset | None = UNSET
    """Maximum p90 latency (seconds)."""
    p99: float | Unset | None = UNSET
    """Maximum p99 latency (seconds)."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
