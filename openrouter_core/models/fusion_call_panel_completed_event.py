# Generated from the OpenRouter OpenAPI spec (components/schemas/FusionCallPanelCompletedEvent) by `python -m codegen`; do not edit.
"""Emitted when a fusion panel model finishes with its full content."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class FusionCallPanelCompletedEvent:
    """Emitted when a fusion panel model finishes with its full content."""

    content: str
    item_id: str
    model: str
    output_index: int
    sequence_number: int
    type: str = "response.fusion_call.panel.completed"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
