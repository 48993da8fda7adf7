# Generated from the OpenRouter OpenAPI spec (components/schemas/FusionCallPanelAddedEvent) by `python -m codegen`; do not edit.
"""Emitted when a fusion analysis-panel model starts."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class FusionCallPanelAddedEvent:
    """Emitted when a fusion analysis-panel model starts."""

    item_id: str
    model: str
    output_index: int
    sequence_number: int
    type: str = "response.fusion_call.panel.added"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
