# Generated from the OpenRouter OpenAPI spec (components/schemas/FunctionCallArgsDeltaEvent) by `python -m codegen`; do not edit.
"""Event emitted when function call arguments are being streamed."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class FunctionCallArgsDeltaEvent:
    """Event emitted when function call arguments are being streamed."""

    delta: str
    item_id: str
    output_index: int
    sequence_number: int
    type: str = "response.function_call_arguments.delta"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
