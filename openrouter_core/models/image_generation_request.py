# Generated from the OpenRouter OpenAPI spec (components/schemas/ImageGenerationRequest) by `python -m codegen`; do not edit.
"""Image generation request input."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.content_part_image import ContentPartImage
    from openrouter_core.models.image_generation_provider_preferences import (
        ImageGenerationProviderPreferences,
    )


@attrs.frozen(kw_only=True)
class ImageGenerationRequest:
    """Image generation request input."""

    aspect_ratio: str | None = None
    """Normalized aspect ratio of the generated image."""
    background: str | None = None
    """Background treatment. Known values: ``"auto"``, ``"transparent"``, ``"opaque"``."""
    input_references: list[ContentPartImage] | None = None
    """Reference images to guide image-to-image generation, as base64 data URLs or HTTP(S) URLs."""
    model: str
    """The image generation model to use."""
    n: int | None = None
    """Upper bound on the number of images to generate (1-10)."""
    output_compression: int | None = None
    """Compression level (0-100) for webp/jpeg output."""
    output_format: str | None = None
    """Encoding of the returned image bytes. Known values: ``"png"``, ``"jpeg"``, ``"webp"``,
    ``"svg"``.
    """
    prompt: str
    """Text description of the desired image."""
    provider: ImageGenerationProviderPreferences | None = None
    quality: str | None = None
    """Rendering quality. Known values: ``"auto"``, ``"low"``, ``"medium"``, ``"high"``."""
    resolution: str | None = None
    """Normalized resolution tier of the generated image. Known values: ``"512"``, ``"1K"``,
    ``"2K"``, ``"4K"``.
    """
    seed: int | None = None
    """If specified, the generation will sample deterministically, such that repeated requests with
    the same seed and parameters should return the same result.
    """
    size: str | None = None
    """Optional."""
    stream: bool | None = None
    """If true, partial images are streamed as SSE events as they become available."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
