# Generated from the OpenRouter OpenAPI spec (components/schemas/FusionCallAnalysisCompletedEvent) by `python -m codegen`; do not edit.
"""Emitted when the fusion analyst completes with the structured analysis."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.fusion_analysis_result import FusionAnalysisResult


@attrs.frozen(kw_only=True)
class FusionCallAnalysisCompletedEvent:
    """Emitted when the fusion analyst completes with the structured analysis."""

    analysis: FusionAnalysisResult
    item_id: str
    output_index: int
    sequence_number: int
    type: str = "response.fusion_call.analysis.completed"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
