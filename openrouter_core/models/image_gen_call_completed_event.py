# Generated from the OpenRouter OpenAPI spec (components/schemas/ImageGenCallCompletedEvent) by `python -m codegen`; do not edit.
"""Image generation call completed."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ImageGenCallCompletedEvent:
    """Image generation call completed."""

    item_id: str
    output_index: int
    sequence_number: int
    type: str = "response.image_generation_call.completed"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
