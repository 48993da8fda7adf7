# Generated from the OpenRouter OpenAPI spec (components/schemas/ImageGenCompletedEvent) by `python -m codegen`; do not edit.
"""Emitted when generation completes and the final image is available."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.image_generation_usage import ImageGenerationUsage


@attrs.frozen(kw_only=True)
class ImageGenCompletedEvent:
    """Emitted when generation completes and the final image is available."""

    b64_json: str
    """Base64-encoded final image data."""
    created: int
    """Unix timestamp (seconds) when the image was generated."""
    media_type: str | None = None
    """Media type (MIME type) of the image, e.g. `image/png`, `image/jpeg`, `image/webp`,
    `image/svg+xml`.
    """
    type: str = "image_generation.completed"
    """The event type."""
    usage: ImageGenerationUsage | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
