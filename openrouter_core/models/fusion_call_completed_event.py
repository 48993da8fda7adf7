# Generated from the OpenRouter OpenAPI spec (components/schemas/FusionCallCompletedEvent) by `python -m codegen`; do not edit.
"""Emitted when the openrouter:fusion tool call finishes."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class FusionCallCompletedEvent:
    """Emitted when the openrouter:fusion tool call finishes."""

    item_id: str
    output_index: int
    sequence_number: int
    type: str = "response.fusion_call.completed"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
