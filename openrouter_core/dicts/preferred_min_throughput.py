# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.preferred_min_throughput` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from openrouter_core.dicts.percentile_throughput_cutoffs import PercentileThroughputCutoffsDict

__all__ = [
    "PreferredMinThroughputDict",
]

PreferredMinThroughputDict: TypeAlias = "float | PercentileThroughputCutoffsDict"
