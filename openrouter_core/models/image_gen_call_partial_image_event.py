# Generated from the OpenRouter OpenAPI spec (components/schemas/ImageGenCallPartialImageEvent) by `python -m codegen`; do not edit.
"""Image generation call with partial image."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ImageGenCallPartialImageEvent:
    """Image generation call with partial image."""

    item_id: str
    output_index: int
    partial_image_b64: str
    partial_image_index: int
    sequence_number: int
    type: str = "response.image_generation_call.partial_image"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
