# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.percentile_latency_cutoffs` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TypedDict

__all__ = [
    "PercentileLatencyCutoffsDict",
]


class PercentileLatencyCutoffsDict(TypedDict, total=False):
    """The dict form of :class:`PercentileLatencyCutoffs`."""

    p50: float | None
    p75: float | None
    p90: float | None
    p99: float | None
