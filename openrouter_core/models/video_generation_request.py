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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        options: ProviderOptions | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("options", options)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(options={self.options!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.options, self.extra_fields) == (other.options, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("VideoGenerationRequestProvider", self.options, self.extra_fields))

    # --- end of attrs methods ---


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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        aspect_ratio: str | None = None,
        callback_url: str | None = None,
        creativity: int | None = None,
        duration: int | None = None,
        frame_images: list[FrameImage] | None = None,
        generate_audio: bool | None = None,
        input_references: list[InputReference] | None = None,
        model: str,
        prompt: str | None = None,
        provider: VideoGenerationRequestProvider | None = None,
        resolution: str | None = None,
        seed: int | None = None,
        size: str | None = None,
        upscale_factor: float | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("aspect_ratio", aspect_ratio)
        _setattr("callback_url", callback_url)
        _setattr("creativity", creativity)
        _setattr("duration", duration)
        _setattr("frame_images", frame_images)
        _setattr("generate_audio", generate_audio)
        _setattr("input_references", input_references)
        _setattr("model", model)
        _setattr("prompt", prompt)
        _setattr("provider", provider)
        _setattr("resolution", resolution)
        _setattr("seed", seed)
        _setattr("size", size)
        _setattr("upscale_factor", upscale_factor)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"aspect_ratio={self.aspect_ratio!r}, "
            f"callback_url={self.callback_url!r}, "
            f"creativity={self.creativity!r}, "
            f"duration={self.duration!r}, "
            f"frame_images={self.frame_images!r}, "
            f"generate_audio={self.generate_audio!r}, "
            f"input_references={self.input_references!r}, "
            f"model={self.model!r}, "
            f"prompt={self.prompt!r}, "
            f"provider={self.provider!r}, "
            f"resolution={self.resolution!r}, "
            f"seed={self.seed!r}, "
            f"size={self.size!r}, "
            f"upscale_factor={self.upscale_factor!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.aspect_ratio,
            self.callback_url,
            self.creativity,
            self.duration,
            self.frame_images,
            self.generate_audio,
            self.input_references,
            self.model,
            self.prompt,
            self.provider,
            self.resolution,
            self.seed,
            self.size,
            self.upscale_factor,
            self.extra_fields,
        ) == (
            other.aspect_ratio,
            other.callback_url,
            other.creativity,
            other.duration,
            other.frame_images,
            other.generate_audio,
            other.input_references,
            other.model,
            other.prompt,
            other.provider,
            other.resolution,
            other.seed,
            other.size,
            other.upscale_factor,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "VideoGenerationRequest",
                self.aspect_ratio,
                self.callback_url,
                self.creativity,
                self.duration,
                self.frame_images,
                self.generate_audio,
                self.input_references,
                self.model,
                self.prompt,
                self.provider,
                self.resolution,
                self.seed,
                self.size,
                self.upscale_factor,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
