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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        agentic_index: float | None,
        coding_index: float | None,
        display_name: str,
        intelligence_index: float | None,
        model_permaslug: str,
        pricing: UnifiedBenchmarkPricing | None,
        source: str = "artificial-analysis",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("agentic_index", agentic_index)
        _setattr("coding_index", coding_index)
        _setattr("display_name", display_name)
        _setattr("intelligence_index", intelligence_index)
        _setattr("model_permaslug", model_permaslug)
        _setattr("pricing", pricing)
        _setattr("source", source)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"agentic_index={self.agentic_index!r}, "
            f"coding_index={self.coding_index!r}, "
            f"display_name={self.display_name!r}, "
            f"intelligence_index={self.intelligence_index!r}, "
            f"model_permaslug={self.model_permaslug!r}, "
            f"pricing={self.pricing!r}, "
            f"source={self.source!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.agentic_index,
            self.coding_index,
            self.display_name,
            self.intelligence_index,
            self.model_permaslug,
            self.pricing,
            self.source,
            self.extra_fields,
        ) == (
            other.agentic_index,
            other.coding_index,
            other.display_name,
            other.intelligence_index,
            other.model_permaslug,
            other.pricing,
            other.source,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "UnifiedBenchmarksAAItem",
                self.agentic_index,
                self.coding_index,
                self.display_name,
                self.intelligence_index,
                self.model_permaslug,
                self.pricing,
                self.source,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
