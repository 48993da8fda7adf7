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
from openrouter_core._operation import Operation, fails, header, json_body, ok
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
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
from openrouter_core.models.video_generation_request import VideoGenerationRequest
from openrouter_core.models.video_generation_response import VideoGenerationResponse

__all__ = [
    "VideoGenerationGenerateError",
    "VideoGenerationGenerateRequest",
    "VideoGenerationRequest",
    "VideoGenerationResponse",
    "video_generation_generate",
    "video_generation_generate_async",
]


@attrs.frozen(kw_only=True)
class VideoGenerationGenerateRequest:
    """The parameters and JSON body of ``POST /videos``."""

    body: VideoGenerationRequest
    """The JSON body; a dict request gives its fields next to the parameters."""
    http_referer: str | None = attrs.field(default=None, metadata={"wire": "HTTP-Referer"})
    """The app identifier should be your app's URL and is used as the primary identifier for rankings."""
    app_title: str | None = attrs.field(default=None, metadata={"wire": "X-OpenRouter-Title"})
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    app_categories: str | None = attrs.field(
        default=None, metadata={"wire": "X-OpenRouter-Categories"}
    )
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent")."""


VideoGenerationGenerateError: TypeAlias = (
    BadRequestResponseError
    | UnauthorizedResponseError
    | PaymentRequiredResponseError
    | NotFoundResponseError
    | TooManyRequestsResponseError
    | InternalServerResponseError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[VideoGenerationGenerateRequest, VideoGenerationResponse] = Operation(
    operation_id="createVideos",
    method="POST",
    path="/videos",
    request_type=VideoGenerationGenerateRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=json_body(VideoGenerationRequest),
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
    request: VideoGenerationGenerateRequest | Mapping[str, Any],
    *,
    options: RequestOptions | None = None,
) -> Result[VideoGenerationResponse, VideoGenerationGenerateError]:
    """Submits a video generation request and returns a polling URL to check status."""
    return invoke(core, OPERATION, request, options)


async def video_generation_generate_async(
    core: OpenRouterCore,
    request: VideoGenerationGenerateRequest | Mapping[str, Any],
    *,
    options: RequestOptions | None = None,
) -> Result[VideoGenerationResponse, VideoGenerationGenerateError]:
    """Submits a video generation request and returns a polling URL to check status."""
    return await invoke_async(core, OPERATION, request, options)
