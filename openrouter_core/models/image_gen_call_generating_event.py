# Generated from the OpenRouter OpenAPI spec (components/schemas/ImageGenCallGeneratingEvent) by `python -m codegen`; do not edit.
"""Image generation call is generating."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ImageGenCallGeneratingEvent:
    """Image generation call is generating."""

    item_id: str
    output_index: int
    sequence_number: int
    type: str = "response.image_generation_call.generating"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
