# Generated from the OpenRouter OpenAPI spec (components/schemas/FusionCallInProgressEvent) by `python -m codegen`; do not edit.
"""Emitted when an openrouter:fusion tool call begins executing."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class FusionCallInProgressEvent:
    """Emitted when an openrouter:fusion tool call begins executing."""

    item_id: str
    output_index: int
    sequence_number: int
    type: str = "response.fusion_call.in_progress"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
