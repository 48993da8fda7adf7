# Generated from the OpenRouter OpenAPI spec (components/schemas/DABenchmarkEntry) by `python -m codegen`; do not edit.
"""A single Design Arena benchmark entry for a specific arena+category."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class DABenchmarkEntry:
    """A single Design Arena benchmark entry for a specific arena+category."""

    arena: str
    """Arena type (e.g. models, builders, agents)."""
    category: str
    """Category within the arena (e.g. website, gamedev, uicomponent)."""
    elo: float
    """ELO rating from head-to-head arena battles."""
    rank: int
    """Rank position within this arena+category among models available on OpenRouter (1 = highest
    ELO).
    """
    win_rate: float
    """Win rate percentage in arena battles."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        arena: str,
        category: str,
        elo: float,
        rank: int,
        win_rate: float,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("arena", arena)
        _setattr("category", category)
        _setattr("elo", elo)
        _setattr("rank", rank)
        _setattr("win_rate", win_rate)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"arena={self.arena!r}, "
            f"category={self.category!r}, "
            f"elo={self.elo!r}, "
            f"rank={self.rank!r}, "
            f"win_rate={self.win_rate!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.arena,
            self.category,
            self.elo,
            self.rank,
            self.win_rate,
            self.extra_fields,
        ) == (
            other.arena,
            other.category,
            other.elo,
            other.rank,
            other.win_rate,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "DABenchmarkEntry",
                self.arena,
                self.category,
                self.elo,
                self.rank,
                self.win_rate,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
