# Generated from the OpenRouter OpenAPI spec (components/schemas/FusionCallPanelFailedEvent) by `python -m codegen`; do not edit.
"""Emitted when a fusion panel model fails."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class FusionCallPanelFailedEvent:
    """Emitted when a fusion panel model fails."""

    error: str
    item_id: str
    model: str
    output_index: int
    sequence_number: int
    status_code: int | None = None
    type: str = "response.fusion_call.panel.failed"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
