# Generated from the OpenRouter OpenAPI spec (components/schemas/ReasoningSummaryTextDeltaEvent) by `python -m codegen`; do not edit.
"""Event emitted when reasoning summary text delta is streamed."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ReasoningSummaryTextDeltaEvent:
    """Event emitted when reasoning summary text delta is streamed."""

    delta: str
    item_id: str
    output_index: int
    sequence_number: int
    summary_index: int
    type: str = "response.reasoning_summary_text.delta"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
