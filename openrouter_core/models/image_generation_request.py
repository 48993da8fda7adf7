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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        aspect_ratio: str | None = None,
        background: str | None = None,
        input_references: list[ContentPartImage] | None = None,
        model: str,
        n: int | None = None,
        output_compression: int | None = None,
        output_format: str | None = None,
        prompt: str,
        provider: ImageGenerationProviderPreferences | None = None,
        quality: str | None = None,
        resolution: str | None = None,
        seed: int | None = None,
        size: str | None = None,
        stream: bool | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("aspect_ratio", aspect_ratio)
        _setattr("background", background)
        _setattr("input_references", input_references)
        _setattr("model", model)
        _setattr("n", n)
        _setattr("output_compression", output_compression)
        _setattr("output_format", output_format)
        _setattr("prompt", prompt)
        _setattr("provider", provider)
        _setattr("quality", quality)
        _setattr("resolution", resolution)
        _setattr("seed", seed)
        _setattr("size", size)
        _setattr("stream", stream)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"aspect_ratio={self.aspect_ratio!r}, "
            f"background={self.background!r}, "
            f"input_references={self.input_references!r}, "
            f"model={self.model!r}, "
            f"n={self.n!r}, "
            f"output_compression={self.output_compression!r}, "
            f"output_format={self.output_format!r}, "
            f"prompt={self.prompt!r}, "
            f"provider={self.provider!r}, "
            f"quality={self.quality!r}, "
            f"resolution={self.resolution!r}, "
            f"seed={self.seed!r}, "
            f"size={self.size!r}, "
            f"stream={self.stream!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.aspect_ratio,
            self.background,
            self.input_references,
            self.model,
            self.n,
            self.output_compression,
            self.output_format,
            self.prompt,
            self.provider,
            self.quality,
            self.resolution,
            self.seed,
            self.size,
            self.stream,
            self.extra_fields,
        ) == (
            other.aspect_ratio,
            other.background,
            other.input_references,
            other.model,
            other.n,
            other.output_compression,
            other.output_format,
            other.prompt,
            other.provider,
            other.quality,
            other.resolution,
            other.seed,
            other.size,
            other.stream,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ImageGenerationRequest",
                self.aspect_ratio,
                self.background,
                self.input_references,
                self.model,
                self.n,
                self.output_compression,
                self.output_format,
                self.prompt,
                self.provider,
                self.quality,
                self.resolution,
                self.seed,
                self.size,
                self.stream,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
