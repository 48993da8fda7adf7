# Generated from the OpenRouter OpenAPI spec (components/schemas/UnifiedBenchmarksAAItem) by `python -m codegen`; do not edit.
"""The ``UnifiedBenchmarksAAItem`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.unified_benchmark_pricing import UnifiedBenchmarkPricing


@attrs.frozen(kw_only=True)
class UnifiedBenchmarksAAItem:
    """The ``UnifiedBenchmarksAAItem`` object."""

    agentic_index: float | None
    """Artificial Analysis Agentic Index composite score."""
    coding_index: float | None
    """Artificial Analysis Coding Index composite score."""
    display_name: str
    """Model name as listed on Artificial Analysis."""
    intelligence_index: float | None
    """Artificial Analysis Intelligence Index composite score."""
    model_permaslug: str
    """Stable OpenRouter model identifier."""
    pricing: UnifiedBenchmarkPricing | None
    source: str = "artificial-analysis"
    """Benchmark source discriminator."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
