# Generated from the OpenRouter OpenAPI spec (components/schemas/ReasoningSummaryPartDoneEvent) by `python -m codegen`; do not edit.
"""Event emitted when a reasoning summary part is complete."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.reasoning_summary_text import ReasoningSummaryText


@attrs.frozen(kw_only=True)
class ReasoningSummaryPartDoneEvent:
    """Event emitted when a reasoning summary part is complete."""

    item_id: str
    output_index: int
    part: ReasoningSummaryText
    sequence_number: int
    summary_index: int
    type: str = "response.reasoning_summary_part.done"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
