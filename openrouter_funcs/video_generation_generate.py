# Generated from the OpenRouter OpenAPI spec (createVideos) by `python -m codegen`; do not edit.
"""Submit a video generation request: ``POST /videos``.

Submits a video generation request and returns a polling URL to check status
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import JSON_BODY, Operation, fails, header, ok
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    AnyStatusError,
    BadRequestResponseError,
    HTTPClientError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterDefaultError,
    PaymentRequiredResponseError,
    ResponseValidationError,
    SDKValidationError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.frame_image import FrameImage
from openrouter_core.models.input_reference import InputReference
from openrouter_core.models.video_generation_request import VideoGenerationRequestProvider
from openrouter_core.models.video_generation_response import VideoGenerationResponse

__all__ = [
    "CreateVideosError",
    "CreateVideosRequest",
    "VideoGenerationResponse",
    "video_generation_generate",
    "video_generation_generate_async",
]


@attrs.frozen(kw_only=True)
class CreateVideosRequest:
    """The parameters and JSON body of ``POST /videos``."""

    http_referer: str | None = attrs.field(default=None, metadata={"wire": "HTTP-Referer"})
    """The app identifier should be your app's URL and is used as the primary identifier for rankings."""
    app_title: str | None = attrs.field(default=None, metadata={"wire": "X-OpenRouter-Title"})
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    app_categories: str | None = attrs.field(
        default=None, metadata={"wire": "X-OpenRouter-Categories"}
    )
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent")."""
    aspect_ratio: str | None = None
    """Aspect ratio of the generated video. Known values: ``"16:9"``, ``"9:16"``, ``"1:1"``, ``"4:3"``, ``"3:4"``, ``"3:2"``, ``"2:3"``, ``"21:9"``, ``"9:21"``."""
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
    """Resolution of the generated video. Known values: ``"480p"``, ``"720p"``, ``"768p"``, ``"1080p"``, ``"1K"``, ``"2K"``, ``"4K"``."""
    seed: int | None = None
    """If specified, the generation will sample deterministically, such that repeated requests with the same seed and parameters should return the same result."""
    size: str | None = None
    """Exact pixel dimensions of the generated video in "WIDTHxHEIGHT" format (e.g. "1280x720")."""
    upscale_factor: float | None = None
    """Upscale factor for video upscaling models only."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields this SDK does not know yet, sent as they are."""


#: Any status with a named class (``OPERATION`` lists the ones documented here), then
#: the failures every call can have.
CreateVideosError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[CreateVideosRequest, VideoGenerationResponse] = Operation(
    operation_id="createVideos",
    method="POST",
    path="/videos",
    request_type=CreateVideosRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=JSON_BODY,
    responses=(
        ok(202, VideoGenerationResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(PaymentRequiredResponseError),
        fails(NotFoundResponseError),
        fails(TooManyRequestsResponseError),
        fails(InternalServerResponseError),
    ),
)


def video_generation_generate(
    core: OpenRouterCore,
    request: CreateVideosRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[VideoGenerationResponse, CreateVideosError]:
    """Submits a video generation request and returns a polling URL to check status."""
    return invoke(core, OPERATION, request, options)


async def video_generation_generate_async(
    core: OpenRouterCore,
    request: CreateVideosRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[VideoGenerationResponse, CreateVideosError]:
    """Submits a video generation request and returns a polling URL to check status."""
    return await invoke_async(core, OPERATION, request, options)
