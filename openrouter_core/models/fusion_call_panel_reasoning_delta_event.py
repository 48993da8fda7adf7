# Generated from the OpenRouter OpenAPI spec (components/schemas/FusionCallPanelReasoningDeltaEvent) by `python -m codegen`; do not edit.
"""Incremental reasoning token from a fusion panel model."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class FusionCallPanelReasoningDeltaEvent:
    """Incremental reasoning token from a fusion panel model."""

    delta: str
    item_id: str
    model: str
    output_index: int
    sequence_number: int
    type: str = "response.fusion_call.panel.reasoning.delta"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
