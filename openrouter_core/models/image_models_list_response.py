# Generated from the OpenRouter OpenAPI spec (components/schemas/ImageModelsListResponse) by `python -m codegen`; do not edit.
"""List of image generation models."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.image_model_list_item import ImageModelListItem


@attrs.frozen(kw_only=True)
class ImageModelsListResponse:
    """List of image generation models."""

    data: list[ImageModelListItem]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
