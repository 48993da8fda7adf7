# Generated from the OpenRouter OpenAPI spec (components/schemas/CustomToolCallInputDoneEvent) by `python -m codegen`; do not edit.
"""Event emitted when a custom tool call's freeform input streaming is complete."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class CustomToolCallInputDoneEvent:
    """Event emitted when a custom tool call's freeform input streaming is complete."""

    input: str
    item_id: str
    output_index: int
    sequence_number: int
    type: str = "response.custom_tool_call_input.done"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
