# Generated from the OpenRouter OpenAPI spec (components/schemas/PreferredMinThroughput) by `python -m codegen`; do not edit.
"""Preferred minimum throughput (in tokens per second)."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.percentile_throughput_cutoffs import PercentileThroughputCutoffs

PreferredMinThroughput: TypeAlias = float | PercentileThroughputCutoffs
"""Preferred minimum throughput (in tokens per second)."""


def _choose_preferred_min_throughput(data: Any) -> Any:
    """The member of :data:`PreferredMinThroughput` that ``data`` is, by its JSON type."""
    if isinstance(data, (int, float)):
        return float
    if isinstance(data, dict):
        return PercentileThroughputCutoffs
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"PreferredMinThroughput: expected a number or an object, got {type(data).__name__}"
    )


register_union(PreferredMinThroughput, _choose_preferred_min_throughput)
