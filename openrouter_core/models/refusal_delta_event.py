# Generated from the OpenRouter OpenAPI spec (components/schemas/RefusalDeltaEvent) by `python -m codegen`; do not edit.
"""Event emitted when a refusal delta is streamed."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class RefusalDeltaEvent:
    """Event emitted when a refusal delta is streamed."""

    content_index: int
    delta: str
    item_id: str
    output_index: int
    sequence_number: int
    type: str = "response.refusal.delta"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
