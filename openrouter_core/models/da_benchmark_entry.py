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
