# Generated from the OpenRouter OpenAPI spec (components/schemas/StreamEventsResponseOutputItemDone) by `python -m codegen`; do not edit.
"""Event emitted when an output item is complete."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.output_items import OutputItems


@attrs.frozen(kw_only=True)
class StreamEventsResponseOutputItemDone:
    """Event emitted when an output item is complete."""

    item: OutputItems
    output_index: int
    sequence_number: int
    type: str = "response.output_item.done"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
