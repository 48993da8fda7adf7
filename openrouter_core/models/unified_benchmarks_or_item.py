# Generated from the OpenRouter OpenAPI spec (components/schemas/UnifiedBenchmarksORItem) by `python -m codegen`; do not edit.
"""The ``UnifiedBenchmarksORItem`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class UnifiedBenchmarksORItem:
    """The ``UnifiedBenchmarksORItem`` object."""

    accuracy: float
    """Aggregate accuracy score from 0 to 1. Higher is better."""
    accuracy_stddev: float | None
    """Standard deviation of run accuracy, or null for a single run."""
    avg_cost_per_task: float | None
    """Average cost per task in USD, or null if unavailable."""
    benchmark_type: str
    """OpenRouter benchmark evaluation type. Known values: ``"gpqa_diamond"``,
    ``"tau_bench_verified_airline"``.
    """
    display_name: str
    """Human-readable model name."""
    last_run_timestamp: str
    """Timestamp of the most recent public benchmark run."""
    model_permaslug: str
    """Stable OpenRouter model identifier."""
    source: str = "openrouter"
    """Benchmark source discriminator."""
    total_tasks: int
    """Total benchmark tasks across runs."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
