# Generated from the OpenRouter OpenAPI spec (components/schemas/BaseReasoningDeltaEvent) by `python -m codegen`; do not edit.
"""Event emitted when reasoning text delta is streamed."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class BaseReasoningDeltaEvent:
    """Event emitted when reasoning text delta is streamed."""

    content_index: int
    delta: str
    item_id: str
    output_index: int
    sequence_number: int
    type: str = "response.reasoning_text.delta"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
