# Generated from the OpenRouter OpenAPI spec (components/schemas/BaseReasoningDoneEvent) by `python -m codegen`; do not edit.
"""Event emitted when reasoning text streaming is complete."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class BaseReasoningDoneEvent:
    """Event emitted when reasoning text streaming is complete."""

    content_index: int
    item_id: str
    output_index: int
    sequence_number: int
    text: str
    type: str = "response.reasoning_text.done"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
