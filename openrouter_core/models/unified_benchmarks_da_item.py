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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        first_place: int | None,
        fourth_place: int | None,
        second_place: int | None,
        third_place: int | None,
        total: int | None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("first_place", first_place)
        _setattr("fourth_place", fourth_place)
        _setattr("second_place", second_place)
        _setattr("third_place", third_place)
        _setattr("total", total)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"first_place={self.first_place!r}, "
            f"fourth_place={self.fourth_place!r}, "
            f"second_place={self.second_place!r}, "
            f"third_place={self.third_place!r}, "
            f"total={self.total!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.first_place,
            self.fourth_place,
            self.second_place,
            self.third_place,
            self.total,
            self.extra_fields,
        ) == (
            other.first_place,
            other.fourth_place,
            other.second_place,
            other.third_place,
            other.total,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "UnifiedBenchmarksDAItemTournamentStats",
                self.first_place,
                self.fourth_place,
                self.second_place,
                self.third_place,
                self.total,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        arena: str,
        avg_generation_time_ms: float | None,
        category: str,
        display_name: str,
        elo: float,
        model_permaslug: str,
        pricing: UnifiedBenchmarkPricing | None,
        source: str = "design-arena",
        tournament_stats: UnifiedBenchmarksDAItemTournamentStats,
        win_rate: float,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("arena", arena)
        _setattr("avg_generation_time_ms", avg_generation_time_ms)
        _setattr("category", category)
        _setattr("display_name", display_name)
        _setattr("elo", elo)
        _setattr("model_permaslug", model_permaslug)
        _setattr("pricing", pricing)
        _setattr("source", source)
        _setattr("tournament_stats", tournament_stats)
        _setattr("win_rate", win_rate)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"arena={self.arena!r}, "
            f"avg_generation_time_ms={self.avg_generation_time_ms!r}, "
            f"category={self.category!r}, "
            f"display_name={self.display_name!r}, "
            f"elo={self.elo!r}, "
            f"model_permaslug={self.model_permaslug!r}, "
            f"pricing={self.pricing!r}, "
            f"source={self.source!r}, "
            f"tournament_stats={self.tournament_stats!r}, "
            f"win_rate={self.win_rate!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.arena,
            self.avg_generation_time_ms,
            self.category,
            self.display_name,
            self.elo,
            self.model_permaslug,
            self.pricing,
            self.source,
            self.tournament_stats,
            self.win_rate,
            self.extra_fields,
        ) == (
            other.arena,
            other.avg_generation_time_ms,
            other.category,
            other.display_name,
            other.elo,
            other.model_permaslug,
            other.pricing,
            other.source,
            other.tournament_stats,
            other.win_rate,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "UnifiedBenchmarksDAItem",
                self.arena,
                self.avg_generation_time_ms,
                self.category,
                self.display_name,
                self.elo,
                self.model_permaslug,
                self.pricing,
                self.source,
                self.tournament_stats,
                self.win_rate,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
