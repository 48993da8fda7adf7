# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatAssistantImages) by `python -m codegen`; do not edit.
"""Generated images from image generation models."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs


@attrs.frozen(kw_only=True)
class ChatAssistantImagesItemImageUrl:
    """The ``image_url`` of a :class:`ChatAssistantImagesItem`."""

    url: str
    """URL or base64-encoded data of the generated image."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class ChatAssistantImagesItem:
    """Generated images from image generation models."""

    image_url: ChatAssistantImagesItemImageUrl
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


ChatAssistantImages: TypeAlias = list[ChatAssistantImagesItem]
"""Generated images from image generation models."""
