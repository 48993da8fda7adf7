# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.video_generation_request` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.frame_image import FrameImageDict
    from openrouter_core.dicts.input_reference import InputReferenceDict
    from openrouter_core.dicts.provider_options import ProviderOptionsDict

__all__ = [
    "VideoGenerationRequestDict",
    "VideoGenerationRequestProviderDict",
]


class VideoGenerationRequestDict(TypedDict, total=False):
    """The dict form of :class:`VideoGenerationRequest`."""

    aspect_ratio: (
        Literal["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9", "9:21"] | str | None
    )
    callback_url: str | None
    creativity: int | None
    duration: int | None
    frame_images: list[FrameImageDict] | None
    generate_audio: bool | None
    input_references: list[InputReferenceDict] | None
    model: Required[str]
    prompt: str | None
    provider: VideoGenerationRequestProviderDict | None
    resolution: Literal["480p", "720p", "768p", "1080p", "1K", "2K", "4K"] | str | None
    seed: int | None
    size: str | None
    upscale_factor: float | None


class VideoGenerationRequestProviderDict(TypedDict, total=False):
    """The dict form of :class:`VideoGenerationRequestProvider`."""

    options: ProviderOptionsDict | None
