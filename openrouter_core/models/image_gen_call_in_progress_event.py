# Generated from the OpenRouter OpenAPI spec (components/schemas/ImageGenCallInProgressEvent) by `python -m codegen`; do not edit.
"""Image generation call in progress."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ImageGenCallInProgressEvent:
    """Image generation call in progress."""

    item_id: str
    output_index: int
    sequence_number: int
    type: str = "response.image_generation_call.in_progress"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
