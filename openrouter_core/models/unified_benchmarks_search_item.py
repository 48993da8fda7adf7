# Generated from the OpenRouter OpenAPI spec (components/schemas/UnifiedBenchmarksSearchItem) by `python -m codegen`; do not edit.
"""The ``UnifiedBenchmarksSearchItem`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.unified_benchmarks_search_run_config import (
        UnifiedBenchmarksSearchRunConfig,
    )


@attrs.frozen(kw_only=True)
class UnifiedBenchmarksSearchItem:
    """The ``UnifiedBenchmarksSearchItem`` object."""

    avg_cost_per_task: float | None
    """Average cost per task in USD, or null if unavailable."""
    avg_latency_per_task_ms: float | None
    """Average wall-clock latency per task in milliseconds, or null if unavailable."""
    benchmark_type: str
    """OpenRouter search benchmark. Known values: ``"search_browsecomp"``, ``"search_hle"``,
    ``"search_dsqa"``, ``"search_widesearch"``.
    """
    display_name: str
    """Human-readable model name."""
    last_run_timestamp: str
    """Timestamp of the newest qualifying run in the published configuration's lane."""
    model_permaslug: str
    """Stable OpenRouter model identifier."""
    primary_metric: str
    """Identifies the meaning of `primary_score`: `f1_by_item` for WideSearch, `accuracy` for all
    other search benchmarks. Known values: ``"accuracy"``, ``"f1_by_item"``.
    """
    primary_score: float
    """The benchmark's headline score from 0 to 1. Its meaning is identified by `primary_metric`:
    item-weighted F1 for WideSearch or strict accuracy for the other search benchmarks.
    """
    run_config: UnifiedBenchmarksSearchRunConfig | None = None
    search_engine: str
    """Search engine the published configuration used."""
    search_surface: str
    """Request surface the published configuration went through. Known values: ``"server-tool"``,
    ``"plugin"``.
    """
    source: str = "openrouter"
    """Benchmark source discriminator."""
    total_tasks: int
    """Tasks evaluated across the published configuration's runs."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
