# Generated from the OpenRouter OpenAPI spec (createImages) by `python -m codegen`; do not edit.
"""Generate an image: ``POST /images``.

Generates an image from a text prompt via the image generation router

The server can also stream this response as server-sent events (``stream: true``); this module
offers the non-streaming form.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, TypeAlias, TypedDict, overload

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, json_body, ok, ok_events
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    BadGatewayResponseError,
    BadRequestResponseError,
    EdgeNetworkTimeoutResponseError,
    ForbiddenResponseError,
    HTTPClientError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterDefaultError,
    PayloadTooLargeResponseError,
    PaymentRequiredResponseError,
    ProviderOverloadedResponseError,
    ResponseValidationError,
    SDKValidationError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.image_generation_request import ImageGenerationRequest
from openrouter_core.models.image_generation_response import (
    ImageGenerationResponse,
    ImageGenerationResponseData,
)
from openrouter_core.models.image_streaming_response import ImageStreamingResponseData

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.content_part_image import ContentPartImageDict
    from openrouter_core.dicts.image_generation_provider_preferences import (
        ImageGenerationProviderPreferencesDict,
    )
    from openrouter_core.streams import AsyncEventStream, EventStream

__all__ = [
    "ImageGenerationRequest",
    "ImageGenerationResponse",
    "ImageGenerationResponseData",
    "ImagesGenerateError",
    "ImagesGenerateRequest",
    "ImagesGenerateRequestDict",
    "ImagesGenerateStreamingRequestDict",
    "images_generate",
    "images_generate_async",
]


@attrs.frozen(kw_only=True)
class ImagesGenerateRequest:
    """The parameters and JSON body of ``POST /images``."""

    body: ImageGenerationRequest
    """The JSON body; a dict request gives its fields next to the parameters."""
    http_referer: str | None = attrs.field(default=None, metadata={"wire": "HTTP-Referer"})
    """The app identifier should be your app's URL and is used as the primary identifier for rankings."""
    app_title: str | None = attrs.field(default=None, metadata={"wire": "X-OpenRouter-Title"})
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    app_categories: str | None = attrs.field(
        default=None, metadata={"wire": "X-OpenRouter-Categories"}
    )
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent")."""


class ImagesGenerateStreamingRequestDict(TypedDict, total=False):
    """The request as a dict literal with ``stream: True``: the call returns a stream."""

    http_referer: str
    app_title: str
    app_categories: str
    aspect_ratio: (
        Literal[
            "1:1",
            "1:2",
            "1:4",
            "1:8",
            "2:1",
            "2:3",
            "3:2",
            "3:4",
            "4:1",
            "4:3",
            "4:5",
            "5:4",
            "8:1",
            "9:16",
            "16:9",
            "9:19.5",
            "19.5:9",
            "9:20",
            "20:9",
            "9:21",
            "21:9",
            "auto",
        ]
        | str
        | None
    )
    background: Literal["auto", "transparent", "opaque"] | str | None
    input_references: list[ContentPartImageDict] | None
    model: Required[str]
    n: int | None
    output_compression: int | None
    output_format: Literal["png", "jpeg", "webp", "svg"] | str | None
    prompt: Required[str]
    provider: ImageGenerationProviderPreferencesDict | None
    quality: Literal["auto", "low", "medium", "high"] | str | None
    resolution: Literal["512", "1K", "2K", "4K"] | str | None
    seed: int | None
    size: str | None
    extra_fields: dict[str, Any]
    stream: Required[Literal[True]]


class ImagesGenerateRequestDict(TypedDict, total=False):
    """The request as a dict literal without ``stream: True``: the call returns the body."""

    http_referer: str
    app_title: str
    app_categories: str
    aspect_ratio: (
        Literal[
            "1:1",
            "1:2",
            "1:4",
            "1:8",
            "2:1",
            "2:3",
            "3:2",
            "3:4",
            "4:1",
            "4:3",
            "4:5",
            "5:4",
            "8:1",
            "9:16",
            "16:9",
            "9:19.5",
            "19.5:9",
            "9:20",
            "20:9",
            "9:21",
            "21:9",
            "auto",
        ]
        | str
        | None
    )
    background: Literal["auto", "transparent", "opaque"] | str | None
    input_references: list[ContentPartImageDict] | None
    model: Required[str]
    n: int | None
    output_compression: int | None
    output_format: Literal["png", "jpeg", "webp", "svg"] | str | None
    prompt: Required[str]
    provider: ImageGenerationProviderPreferencesDict | None
    quality: Literal["auto", "low", "medium", "high"] | str | None
    resolution: Literal["512", "1K", "2K", "4K"] | str | None
    seed: int | None
    size: str | None
    extra_fields: dict[str, Any]
    stream: Literal[False]


ImagesGenerateError: TypeAlias = (
    BadRequestResponseError
    | UnauthorizedResponseError
    | PaymentRequiredResponseError
    | ForbiddenResponseError
    | NotFoundResponseError
    | PayloadTooLargeResponseError
    | TooManyRequestsResponseError
    | InternalServerResponseError
    | BadGatewayResponseError
    | EdgeNetworkTimeoutResponseError
    | ProviderOverloadedResponseError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[ImagesGenerateRequest, ImageGenerationResponse] = Operation(
    operation_id="createImages",
    method="POST",
    path="/images",
    request_type=ImagesGenerateRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=json_body(ImageGenerationRequest),
    responses=(
        ok(200, ImageGenerationResponse),
        ok_events(200, ImageStreamingResponseData),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(PaymentRequiredResponseError),
        fails(ForbiddenResponseError),
        fails(NotFoundResponseError),
        fails(PayloadTooLargeResponseError),
        fails(TooManyRequestsResponseError),
        fails(InternalServerResponseError),
        fails(BadGatewayResponseError),
        fails(EdgeNetworkTimeoutResponseError),
        fails(ProviderOverloadedResponseError),
    ),
    streams=True,
)


@overload
def images_generate(
    core: OpenRouterCore,
    request: ImagesGenerateStreamingRequestDict,
    *,
    stream: None = None,
    options: RequestOptions | None = None,
) -> Result[EventStream[ImageStreamingResponseData], ImagesGenerateError]: ...


@overload
def images_generate(
    core: OpenRouterCore,
    request: ImagesGenerateRequest | ImagesGenerateRequestDict,
    *,
    stream: None = None,
    options: RequestOptions | None = None,
) -> Result[ImageGenerationResponse, ImagesGenerateError]: ...


@overload
def images_generate(
    core: OpenRouterCore,
    request: ImagesGenerateRequest | ImagesGenerateRequestDict | ImagesGenerateStreamingRequestDict,
    *,
    stream: Literal[True],
    options: RequestOptions | None = None,
) -> Result[EventStream[ImageStreamingResponseData], ImagesGenerateError]: ...


@overload
def images_generate(
    core: OpenRouterCore,
    request: ImagesGenerateRequest | ImagesGenerateRequestDict | ImagesGenerateStreamingRequestDict,
    *,
    stream: Literal[False],
    options: RequestOptions | None = None,
) -> Result[ImageGenerationResponse, ImagesGenerateError]: ...


@overload
def images_generate(
    core: OpenRouterCore,
    request: ImagesGenerateRequest | ImagesGenerateRequestDict | ImagesGenerateStreamingRequestDict,
    *,
    stream: bool | None = None,
    options: RequestOptions | None = None,
) -> (
    Result[ImageGenerationResponse, ImagesGenerateError]
    | Result[EventStream[ImageStreamingResponseData], ImagesGenerateError]
): ...


def images_generate(
    core: OpenRouterCore,
    request: ImagesGenerateRequest | ImagesGenerateRequestDict | ImagesGenerateStreamingRequestDict,
    *,
    stream: bool | None = None,
    options: RequestOptions | None = None,
) -> (
    Result[ImageGenerationResponse, ImagesGenerateError]
    | Result[EventStream[ImageStreamingResponseData], ImagesGenerateError]
):
    """Generates an image from a text prompt via the image generation router.

    With ``stream=True`` (or ``stream: True`` in the request) the result holds a
    stream of ``Result[ImageStreamingResponseData, Error]`` items; use it in a ``with`` block.
    """
    return invoke(core, OPERATION, request, options, stream=stream)


@overload
async def images_generate_async(
    core: OpenRouterCore,
    request: ImagesGenerateStreamingRequestDict,
    *,
    stream: None = None,
    options: RequestOptions | None = None,
) -> Result[AsyncEventStream[ImageStreamingResponseData], ImagesGenerateError]: ...


@overload
async def images_generate_async(
    core: OpenRouterCore,
    request: ImagesGenerateRequest | ImagesGenerateRequestDict,
    *,
    stream: None = None,
    options: RequestOptions | None = None,
) -> Result[ImageGenerationResponse, ImagesGenerateError]: ...


@overload
async def images_generate_async(
    core: OpenRouterCore,
    request: ImagesGenerateRequest | ImagesGenerateRequestDict | ImagesGenerateStreamingRequestDict,
    *,
    stream: Literal[True],
    options: RequestOptions | None = None,
) -> Result[AsyncEventStream[ImageStreamingResponseData], ImagesGenerateError]: ...


@overload
async def images_generate_async(
    core: OpenRouterCore,
    request: ImagesGenerateRequest | ImagesGenerateRequestDict | ImagesGenerateStreamingRequestDict,
    *,
    stream: Literal[False],
    options: RequestOptions | None = None,
) -> Result[ImageGenerationResponse, ImagesGenerateError]: ...


@overload
async def images_generate_async(
    core: OpenRouterCore,
    request: ImagesGenerateRequest | ImagesGenerateRequestDict | ImagesGenerateStreamingRequestDict,
    *,
    stream: bool | None = None,
    options: RequestOptions | None = None,
) -> (
    Result[ImageGenerationResponse, ImagesGenerateError]
    | Result[AsyncEventStream[ImageStreamingResponseData], ImagesGenerateError]
): ...


async def images_generate_async(
    core: OpenRouterCore,
    request: ImagesGenerateRequest | ImagesGenerateRequestDict | ImagesGenerateStreamingRequestDict,
    *,
    stream: bool | None = None,
    options: RequestOptions | None = None,
) -> (
    Result[ImageGenerationResponse, ImagesGenerateError]
    | Result[AsyncEventStream[ImageStreamingResponseData], ImagesGenerateError]
):
    """Generates an image from a text prompt via the image generation router.

    With ``stream=True`` (or ``stream: True`` in the request) the result holds a
    stream of ``Result[ImageStreamingResponseData, Error]`` items; use it in a ``with`` block.
    """
    return await invoke_async(core, OPERATION, request, options, stream=stream)
