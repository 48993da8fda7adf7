# Generated from the OpenRouter OpenAPI spec (components/schemas/CustomToolCallInputDeltaEvent) by `python -m codegen`; do not edit.
"""Event emitted when a custom tool call's freeform input is being streamed."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class CustomToolCallInputDeltaEvent:
    """Event emitted when a custom tool call's freeform input is being streamed."""

    delta: str
    item_id: str
    output_index: int
    sequence_number: int
    type: str = "response.custom_tool_call_input.delta"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
