# Generated from the OpenRouter OpenAPI spec (components/schemas/PreferredMaxLatency) by `python -m codegen`; do not edit.
"""Preferred maximum latency (in seconds)."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.percentile_latency_cutoffs import PercentileLatencyCutoffs

PreferredMaxLatency: TypeAlias = float | PercentileLatencyCutoffs
"""Preferred maximum latency (in seconds)."""


def _choose_preferred_max_latency(data: Any) -> Any:
    """The member of :data:`PreferredMaxLatency` that ``data`` is, by its JSON type."""
    if isinstance(data, (int, float)):
        return float
    if isinstance(data, dict):
        return PercentileLatencyCutoffs
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"PreferredMaxLatency: expected a number or an object, got {type(data).__name__}"
    )


register_union(PreferredMaxLatency, _choose_preferred_max_latency)
