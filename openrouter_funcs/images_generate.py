# Generated from the OpenRouter OpenAPI spec (createImages) by `python -m codegen`; do not edit.
"""Generate an image: ``POST /images``.

Generates an image from a text prompt via the image generation router

The server can also stream this response as server-sent events (``stream: true``); this module
offers the non-streaming form.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, TypedDict, overload

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import JSON_BODY, Operation, fails, header, ok, ok_events
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    AnyStatusError,
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
from openrouter_core.models.content_part_image import ContentPartImage
from openrouter_core.models.image_generation_provider_preferences import (
    ImageGenerationProviderPreferences,
)
from openrouter_core.models.image_generation_response import (
    ImageGenerationResponse,
    ImageGenerationResponseData,
)
from openrouter_core.models.image_streaming_response import ImageStreamingResponseData

if TYPE_CHECKING:
    from typing_extensions import NotRequired, Required

    from openrouter_core.streams import AsyncEventStream, EventStream

__all__ = [
    "CreateImagesDict",
    "CreateImagesError",
    "CreateImagesRequest",
    "CreateImagesStreamingDict",
    "ImageGenerationResponse",
    "ImageGenerationResponseData",
    "images_generate",
    "images_generate_async",
]


@attrs.frozen(kw_only=True)
class CreateImagesRequest:
    """The parameters and JSON body of ``POST /images``."""

    http_referer: str | None = attrs.field(default=None, metadata={"wire": "HTTP-Referer"})
    """The app identifier should be your app's URL and is used as the primary identifier for rankings."""
    app_title: str | None = attrs.field(default=None, metadata={"wire": "X-OpenRouter-Title"})
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    app_categories: str | None = attrs.field(
        default=None, metadata={"wire": "X-OpenRouter-Categories"}
    )
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent")."""
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
    """Encoding of the returned image bytes. Known values: ``"png"``, ``"jpeg"``, ``"webp"``, ``"svg"``."""
    prompt: str
    """Text description of the desired image."""
    provider: ImageGenerationProviderPreferences | None = None
    quality: str | None = None
    """Rendering quality. Known values: ``"auto"``, ``"low"``, ``"medium"``, ``"high"``."""
    resolution: str | None = None
    """Normalized resolution tier of the generated image. Known values: ``"512"``, ``"1K"``, ``"2K"``, ``"4K"``."""
    seed: int | None = None
    """If specified, the generation will sample deterministically, such that repeated requests with the same seed and parameters should return the same result."""
    size: str | None = None
    """Optional."""
    stream: bool | None = None
    """If true, partial images are streamed as SSE events as they become available."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields this SDK does not know yet, sent as they are."""


class CreateImagesStreamingDict(TypedDict, total=False):
    """The request as a dict literal with ``stream: True``: the call returns a stream."""

    http_referer: Any
    app_title: Any
    app_categories: Any
    aspect_ratio: Any
    background: Any
    input_references: Any
    model: Any
    n: Any
    output_compression: Any
    output_format: Any
    prompt: Any
    provider: Any
    quality: Any
    resolution: Any
    seed: Any
    size: Any
    stream: Required[Literal[True]]


class CreateImagesDict(TypedDict, total=False):
    """The request as a dict literal without ``stream: True``: the call returns the body."""

    http_referer: Any
    app_title: Any
    app_categories: Any
    aspect_ratio: Any
    background: Any
    input_references: Any
    model: Any
    n: Any
    output_compression: Any
    output_format: Any
    prompt: Any
    provider: Any
    quality: Any
    resolution: Any
    seed: Any
    size: Any
    stream: NotRequired[Literal[False]]


#: Any status with a named class (``OPERATION`` lists the ones documented here), then
#: the failures every call can have.
CreateImagesError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[CreateImagesRequest, ImageGenerationResponse] = Operation(
    operation_id="createImages",
    method="POST",
    path="/images",
    request_type=CreateImagesRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=JSON_BODY,
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
    request: CreateImagesStreamingDict,
    *,
    stream: None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[EventStream[ImageStreamingResponseData], CreateImagesError]: ...


@overload
def images_generate(
    core: OpenRouterCore,
    request: CreateImagesDict,
    *,
    stream: None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ImageGenerationResponse, CreateImagesError]: ...


@overload
def images_generate(
    core: OpenRouterCore,
    request: CreateImagesRequest | Mapping[str, Any],
    *,
    stream: Literal[True],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[EventStream[ImageStreamingResponseData], CreateImagesError]: ...


@overload
def images_generate(
    core: OpenRouterCore,
    request: CreateImagesRequest | Mapping[str, Any],
    *,
    stream: Literal[False],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ImageGenerationResponse, CreateImagesError]: ...


@overload
def images_generate(
    core: OpenRouterCore,
    request: CreateImagesRequest | Mapping[str, Any],
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> (
    Result[ImageGenerationResponse, CreateImagesError]
    | Result[EventStream[ImageStreamingResponseData], CreateImagesError]
): ...


def images_generate(
    core: OpenRouterCore,
    request: CreateImagesRequest | Mapping[str, Any],
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> (
    Result[ImageGenerationResponse, CreateImagesError]
    | Result[EventStream[ImageStreamingResponseData], CreateImagesError]
):
    """Generates an image from a text prompt via the image generation router.

    With ``stream=True`` (or ``stream: True`` in the request) the result holds a
    stream of ``Result[ImageStreamingResponseData, Error]`` items; use it in a ``with`` block.
    """
    return invoke(core, OPERATION, request, options, stream=stream)


@overload
async def images_generate_async(
    core: OpenRouterCore,
    request: CreateImagesStreamingDict,
    *,
    stream: None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[AsyncEventStream[ImageStreamingResponseData], CreateImagesError]: ...


@overload
async def images_generate_async(
    core: OpenRouterCore,
    request: CreateImagesDict,
    *,
    stream: None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ImageGenerationResponse, CreateImagesError]: ...


@overload
async def images_generate_async(
    core: OpenRouterCore,
    request: CreateImagesRequest | Mapping[str, Any],
    *,
    stream: Literal[True],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[AsyncEventStream[ImageStreamingResponseData], CreateImagesError]: ...


@overload
async def images_generate_async(
    core: OpenRouterCore,
    request: CreateImagesRequest | Mapping[str, Any],
    *,
    stream: Literal[False],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ImageGenerationResponse, CreateImagesError]: ...


@overload
async def images_generate_async(
    core: OpenRouterCore,
    request: CreateImagesRequest | Mapping[str, Any],
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> (
    Result[ImageGenerationResponse, CreateImagesError]
    | Result[AsyncEventStream[ImageStreamingResponseData], CreateImagesError]
): ...


async def images_generate_async(
    core: OpenRouterCore,
    request: CreateImagesRequest | Mapping[str, Any],
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> (
    Result[ImageGenerationResponse, CreateImagesError]
    | Result[AsyncEventStream[ImageStreamingResponseData], CreateImagesError]
):
    """Generates an image from a text prompt via the image generation router.

    With ``stream=True`` (or ``stream: True`` in the request) the result holds a
    stream of ``Result[ImageStreamingResponseData, Error]`` items; use it in a ``with`` block.
    """
    return await invoke_async(core, OPERATION, request, options, stream=stream)
