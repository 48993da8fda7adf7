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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        accuracy: float,
        accuracy_stddev: float | None,
        avg_cost_per_task: float | None,
        benchmark_type: str,
        display_name: str,
        last_run_timestamp: str,
        model_permaslug: str,
        source: str = "openrouter",
        total_tasks: int,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("accuracy", accuracy)
        _setattr("accuracy_stddev", accuracy_stddev)
        _setattr("avg_cost_per_task", avg_cost_per_task)
        _setattr("benchmark_type", benchmark_type)
        _setattr("display_name", display_name)
        _setattr("last_run_timestamp", last_run_timestamp)
        _setattr("model_permaslug", model_permaslug)
        _setattr("source", source)
        _setattr("total_tasks", total_tasks)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"accuracy={self.accuracy!r}, "
            f"accuracy_stddev={self.accuracy_stddev!r}, "
            f"avg_cost_per_task={self.avg_cost_per_task!r}, "
            f"benchmark_type={self.benchmark_type!r}, "
            f"display_name={self.display_name!r}, "
            f"last_run_timestamp={self.last_run_timestamp!r}, "
            f"model_permaslug={self.model_permaslug!r}, "
            f"source={self.source!r}, "
            f"total_tasks={self.total_tasks!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.accuracy,
            self.accuracy_stddev,
            self.avg_cost_per_task,
            self.benchmark_type,
            self.display_name,
            self.last_run_timestamp,
            self.model_permaslug,
            self.source,
            self.total_tasks,
            self.extra_fields,
        ) == (
            other.accuracy,
            other.accuracy_stddev,
            other.avg_cost_per_task,
            other.benchmark_type,
            other.display_name,
            other.last_run_timestamp,
            other.model_permaslug,
            other.source,
            other.total_tasks,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "UnifiedBenchmarksORItem",
                self.accuracy,
                self.accuracy_stddev,
                self.avg_cost_per_task,
                self.benchmark_type,
                self.display_name,
                self.last_run_timestamp,
                self.model_permaslug,
                self.source,
                self.total_tasks,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
