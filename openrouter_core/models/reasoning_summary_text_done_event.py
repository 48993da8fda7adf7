# Generated from the OpenRouter OpenAPI spec (components/schemas/ReasoningSummaryTextDoneEvent) by `python -m codegen`; do not edit.
"""Event emitted when reasoning summary text streaming is complete."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ReasoningSummaryTextDoneEvent:
    """Event emitted when reasoning summary text streaming is complete."""

    item_id: str
    output_index: int
    sequence_number: int
    summary_index: int
    text: str
    type: str = "response.reasoning_summary_text.done"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
