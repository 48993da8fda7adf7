# Generated from the OpenRouter OpenAPI spec (components/schemas/UnifiedBenchmarksDAItem) by `python -m codegen`; do not edit.
"""The ``UnifiedBenchmarksDAItem`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.unified_benchmark_pricing import UnifiedBenchmarkPricing


@attrs.frozen(kw_only=True)
class UnifiedBenchmarksDAItemTournamentStats:
    """Placement distribution from tournament matches."""

    first_place: int | None
    fourth_place: int | None
    second_place: int | None
    third_place: int | None
    total: int | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class UnifiedBenchmarksDAItem:
    """The ``UnifiedBenchmarksDAItem`` object."""

    arena: str
    """Arena this ranking belongs to."""
    avg_generation_time_ms: float | None
    """Average generation time in milliseconds."""
    category: str
    """Category within the arena."""
    display_name: str
    """Human-readable model name from Design Arena."""
    elo: float
    """ELO rating from head-to-head arena battles."""
    model_permaslug: str
    """Stable OpenRouter model identifier when mapped; otherwise the upstream Design Arena model id.
    """
    pricing: UnifiedBenchmarkPricing | None
    source: str = "design-arena"
    """Benchmark source discriminator."""
    tournament_stats: UnifiedBenchmarksDAItemTournamentStats
    """Placement distribution from tournament matches."""
    win_rate: float
    """Win rate as a percentage (0-100)."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
