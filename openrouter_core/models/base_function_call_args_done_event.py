# Generated from the OpenRouter OpenAPI spec (components/schemas/BaseFunctionCallArgsDoneEvent) by `python -m codegen`; do not edit.
"""Event emitted when function call arguments streaming is complete."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class BaseFunctionCallArgsDoneEvent:
    """Event emitted when function call arguments streaming is complete."""

    arguments: str
    item_id: str
    name: str
    output_index: int
    sequence_number: int
    type: str = "response.function_call_arguments.done"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
