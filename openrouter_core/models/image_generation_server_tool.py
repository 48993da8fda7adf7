# Generated from the OpenRouter OpenAPI spec (components/schemas/ImageGenerationServerTool) by `python -m codegen`; do not edit.
"""Image generation tool configuration."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class ImageGenerationServerToolInputImageMask:
    """The ``input_image_mask`` of a :class:`ImageGenerationServerTool`."""

    file_id: str | None = None
    image_url: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class ImageGenerationServerTool:
    """Image generation tool configuration."""

    background: str | None = None
    """Known values: ``"transparent"``, ``"opaque"``, ``"auto"``."""
    input_fidelity: str | Unset | None = UNSET
    """Known values: ``"high"``, ``"low"``."""
    input_image_mask: ImageGenerationServerToolInputImageMask | None = None
    model: str | None = None
    moderation: str | None = None
    """Known values: ``"auto"``, ``"low"``."""
    output_compression: int | None = None
    output_format: str | None = None
    """Known values: ``"png"``, ``"webp"``, ``"jpeg"``."""
    partial_images: int | None = None
    quality: str | None = None
    """Known values: ``"low"``, ``"medium"``, ``"high"``, ``"auto"``."""
    size: str | None = None
    type: str = "image_generation"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
