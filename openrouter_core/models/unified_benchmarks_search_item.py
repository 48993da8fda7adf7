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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        avg_cost_per_task: float | None,
        avg_latency_per_task_ms: float | None,
        benchmark_type: str,
        display_name: str,
        last_run_timestamp: str,
        model_permaslug: str,
        primary_metric: str,
        primary_score: float,
        run_config: UnifiedBenchmarksSearchRunConfig | None = None,
        search_engine: str,
        search_surface: str,
        source: str = "openrouter",
        total_tasks: int,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("avg_cost_per_task", avg_cost_per_task)
        _setattr("avg_latency_per_task_ms", avg_latency_per_task_ms)
        _setattr("benchmark_type", benchmark_type)
        _setattr("display_name", display_name)
        _setattr("last_run_timestamp", last_run_timestamp)
        _setattr("model_permaslug", model_permaslug)
        _setattr("primary_metric", primary_metric)
        _setattr("primary_score", primary_score)
        _setattr("run_config", run_config)
        _setattr("search_engine", search_engine)
        _setattr("search_surface", search_surface)
        _setattr("source", source)
        _setattr("total_tasks", total_tasks)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"avg_cost_per_task={self.avg_cost_per_task!r}, "
            f"avg_latency_per_task_ms={self.avg_latency_per_task_ms!r}, "
            f"benchmark_type={self.benchmark_type!r}, "
            f"display_name={self.display_name!r}, "
            f"last_run_timestamp={self.last_run_timestamp!r}, "
            f"model_permaslug={self.model_permaslug!r}, "
            f"primary_metric={self.primary_metric!r}, "
            f"primary_score={self.primary_score!r}, "
            f"run_config={self.run_config!r}, "
            f"search_engine={self.search_engine!r}, "
            f"search_surface={self.search_surface!r}, "
            f"source={self.source!r}, "
            f"total_tasks={self.total_tasks!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.avg_cost_per_task,
            self.avg_latency_per_task_ms,
            self.benchmark_type,
            self.display_name,
            self.last_run_timestamp,
            self.model_permaslug,
            self.primary_metric,
            self.primary_score,
            self.run_config,
            self.search_engine,
            self.search_surface,
            self.source,
            self.total_tasks,
            self.extra_fields,
        ) == (
            other.avg_cost_per_task,
            other.avg_latency_per_task_ms,
            other.benchmark_type,
            other.display_name,
            other.last_run_timestamp,
            other.model_permaslug,
            other.primary_metric,
            other.primary_score,
            other.run_config,
            other.search_engine,
            other.search_surface,
            other.source,
            other.total_tasks,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "UnifiedBenchmarksSearchItem",
                self.avg_cost_per_task,
                self.avg_latency_per_task_ms,
                self.benchmark_type,
                self.display_name,
                self.last_run_timestamp,
                self.model_permaslug,
                self.primary_metric,
                self.primary_score,
                self.run_config,
                self.search_engine,
                self.search_surface,
                self.source,
                self.total_tasks,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
