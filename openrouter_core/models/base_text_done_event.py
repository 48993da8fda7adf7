# Generated from the OpenRouter OpenAPI spec (components/schemas/BaseTextDoneEvent) by `python -m codegen`; do not edit.
"""Event emitted when text streaming is complete."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.open_responses_log_probs import OpenResponsesLogProbs


@attrs.frozen(kw_only=True)
class BaseTextDoneEvent:
    """Event emitted when text streaming is complete."""

    content_index: int
    item_id: str
    logprobs: list[OpenResponsesLogProbs]
    output_index: int
    sequence_number: int
    text: str
    type: str = "response.output_text.done"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
