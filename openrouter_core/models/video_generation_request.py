# Generated from the OpenRouter OpenAPI spec (components/schemas/VideoGenerationRequest) by `python -m codegen`; do not edit.
"""The ``VideoGenerationRequest`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.frame_image import FrameImage
    from openrouter_core.models.input_reference import InputReference
    from openrouter_core.models.provider_options import ProviderOptions


@attrs.frozen(kw_only=True)
class VideoGenerationRequestProvider:
    """Provider-specific passthrough configuration."""

    options: ProviderOptions | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class VideoGenerationRequest:
    """The ``VideoGenerationRequest`` object."""

    aspect_ratio: str | None = None
    """Aspect ratio of the generated video. Known values: ``"16:9"``, ``"9:16"``, ``"1:1"``,
    ``"4:3"``, ``"3:4"``, ``"3:2"``, ``"2:3"``, ``"21:9"``, ``"9:21"``.
    """
    callback_url: str | None = None
    """URL to receive a webhook notification when the video generation job completes."""
    creativity: int | None = None
    """Creativity level for video upscaling models only."""
    duration: int | None = None
    """Duration of the generated video in seconds."""
    frame_images: list[FrameImage] | None = None
    """Images to use as the first and/or last frame of the generated video."""
    generate_audio: bool | None = None
    """Whether to generate audio alongside the video."""
    input_references: list[InputReference] | None = None
    """Reference assets to guide video generation."""
    model: str
    prompt: str | None = None
    """Text prompt describing the video to generate."""
    provider: VideoGenerationRequestProvider | None = None
    """Provider-specific passthrough configuration."""
    resolution: str | None = None
    """Resolution of the generated video. Known values: ``"480p"``, ``"720p"``, ``"768p"``,
    ``"1080p"``, ``"1K"``, ``"2K"``, ``"4K"``.
    """
    seed: int | None = None
    """If specified, the generation will sample deterministically, such that repeated requests with
    the same seed and parameters should return the same result.
    """
    size: str | None = None
    """Exact pixel dimensions of the generated video in "WIDTHxHEIGHT" format (e.g. "1280x720")."""
    upscale_factor: float | None = None
    """Upscale factor for video upscaling models only."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
