# Generated from the OpenRouter OpenAPI spec (components/schemas/FusionCallAnalysisInProgressEvent) by `python -m codegen`; do not edit.
"""Emitted when the fusion analyst starts producing the structured analysis."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class FusionCallAnalysisInProgressEvent:
    """Emitted when the fusion analyst starts producing the structured analysis."""

    analyst_model: str
    """Slug of the model producing the structured analysis."""
    item_id: str
    judge_model: str
    """Deprecated. Deprecated alias of `analyst_model`, kept so existing consumers keep working."""
    output_index: int
    sequence_number: int
    type: str = "response.fusion_call.analysis.in_progress"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
