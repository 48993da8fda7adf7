# Generated from the OpenRouter OpenAPI spec (components/schemas/ImageGenerationResponse) by `python -m codegen`; do not edit.
"""Image generation response."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.image_generation_usage import ImageGenerationUsage


@attrs.frozen(kw_only=True)
class ImageGenerationResponseData:
    """Generated images."""

    b64_json: str
    """Base64-encoded image bytes."""
    media_type: str | None = None
    """Media type (MIME type) of the image, e.g. `image/png`, `image/jpeg`, `image/webp`,
    `image/svg+xml`.
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class ImageGenerationResponse:
    """Image generation response."""

    created: int
    """Unix timestamp (seconds) when the image was generated."""
    data: list[ImageGenerationResponseData]
    """Generated images."""
    usage: ImageGenerationUsage | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
