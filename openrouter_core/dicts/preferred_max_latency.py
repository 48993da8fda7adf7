# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.preferred_max_latency` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from openrouter_core.dicts.percentile_latency_cutoffs import PercentileLatencyCutoffsDict

__all__ = [
    "PreferredMaxLatencyDict",
]

PreferredMaxLatencyDict: TypeAlias = "float | PercentileLatencyCutoffsDict"
