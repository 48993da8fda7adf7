# Generated from the OpenRouter OpenAPI spec (components/schemas/TextDeltaEvent) by `python -m codegen`; do not edit.
"""Event emitted when a text delta is streamed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.stream_logprob import StreamLogprob


@attrs.frozen(kw_only=True)
class TextDeltaEvent:
    """Event emitted when a text delta is streamed."""

    content_index: int
    delta: str
    item_id: str
    logprobs: list[StreamLogprob]
    output_index: int
    sequence_number: int
    type: str = "response.output_text.delta"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
