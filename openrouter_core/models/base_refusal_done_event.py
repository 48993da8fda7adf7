# Generated from the OpenRouter OpenAPI spec (components/schemas/BaseRefusalDoneEvent) by `python -m codegen`; do not edit.
"""Event emitted when refusal streaming is complete."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class BaseRefusalDoneEvent:
    """Event emitted when refusal streaming is complete."""

    content_index: int
    item_id: str
    output_index: int
    refusal: str
    sequence_number: int
    type: str = "response.refusal.done"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
