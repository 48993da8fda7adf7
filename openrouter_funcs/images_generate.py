# Generated from the OpenRouter OpenAPI spec (createImages) by `python -m codegen`; do not edit.
"""Generate an image: ``POST /images``.

Generates an image from a text prompt via the image generation router

Streams: ``images_generate(core, request, stream=True)`` (or ``"stream": True`` in a dict
request) returns the response as server-sent events, one ``Result`` per event; without it the
whole body comes back.
"""

from __future__ import annotations

from collections.abc import Mapping
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
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterBaseError,
    PayloadTooLargeResponseError,
    PaymentRequiredResponseError,
    ProviderOverloadedResponseError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.image_generation_request import ImageGenerationRequest
from openrouter_core.models.image_generation_response import (
    ImageGenerationResponse,
    ImageGenerationResponseData,
)
from openrouter_core.models.image_streaming_response import ImageStreamingResponseData
from openrouter_core.streams import AsyncEventStream, EventStream

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.content_part_image import ContentPartImageDict
    from openrouter_core.dicts.image_generation_provider_preferences import (
        ImageGenerationProviderPreferencesDict,
    )

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
    """The parameters and JSON body of ``POST /images``.

    - ``body`` (ImageGenerationRequest): the JSON body; its fields are listed in
      ``help(images_generate)``.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        body: ImageGenerationRequest,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("body", body)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"body={self.body!r}, "
            f"http_referer={self.http_referer!r}, "
            f"app_title={self.app_title!r}, "
            f"app_categories={self.app_categories!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.body, self.http_referer, self.app_title, self.app_categories) == (
            other.body,
            other.http_referer,
            other.app_title,
            other.app_categories,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ImagesGenerateRequest",
                self.body,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


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


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
ImagesGenerateError: TypeAlias = OpenRouterBaseError

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
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[EventStream[ImageStreamingResponseData], ImagesGenerateError]: ...


@overload
def images_generate(
    core: OpenRouterCore,
    request: ImagesGenerateRequest | ImagesGenerateRequestDict,
    *,
    stream: None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ImageGenerationResponse, ImagesGenerateError]: ...


@overload
def images_generate(
    core: OpenRouterCore,
    request: ImagesGenerateRequest | ImagesGenerateRequestDict | ImagesGenerateStreamingRequestDict,
    *,
    stream: Literal[True],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[EventStream[ImageStreamingResponseData], ImagesGenerateError]: ...


@overload
def images_generate(
    core: OpenRouterCore,
    request: ImagesGenerateRequest | ImagesGenerateRequestDict | ImagesGenerateStreamingRequestDict,
    *,
    stream: Literal[False],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ImageGenerationResponse, ImagesGenerateError]: ...


@overload
def images_generate(
    core: OpenRouterCore,
    request: ImagesGenerateRequest | ImagesGenerateRequestDict | ImagesGenerateStreamingRequestDict,
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> (
    Result[ImageGenerationResponse, ImagesGenerateError]
    | Result[EventStream[ImageStreamingResponseData], ImagesGenerateError]
): ...


def images_generate(
    core: OpenRouterCore,
    request: ImagesGenerateRequest | ImagesGenerateRequestDict | ImagesGenerateStreamingRequestDict,
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> (
    Result[ImageGenerationResponse, ImagesGenerateError]
    | Result[EventStream[ImageStreamingResponseData], ImagesGenerateError]
):
    """Generates an image from a text prompt via the image generation router.

    ``POST /images``: Generate an image.

    Streams: with ``stream=True`` (or ``"stream": True`` in a dict request) the result holds
    an event stream, ``EventStream[ImageStreamingResponseData]``, whose items are ``Result``
    values; use it in a ``with`` block. Otherwise the whole body comes back.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``ImagesGenerateRequest`` or a dict with these keys:

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``aspect_ratio`` (str): Normalized aspect ratio of the generated image.
            - ``background`` (str): Background treatment. Known values: ``"auto"``,
              ``"transparent"``, ``"opaque"``.
            - ``input_references`` (list[ContentPartImage]): Reference images to guide
              image-to-image generation, as base64 data URLs or HTTP(S) URLs.
            - ``model`` (str, required): The image generation model to use.
            - ``n`` (int): Upper bound on the number of images to generate (1-10).
            - ``output_compression`` (int): Compression level (0-100) for webp/jpeg output.
            - ``output_format`` (str): Encoding of the returned image bytes. Known values:
              ``"png"``, ``"jpeg"``, ``"webp"``, ``"svg"``.
            - ``prompt`` (str, required): Text description of the desired image.
            - ``provider`` (ImageGenerationProviderPreferences)
            - ``quality`` (str): Rendering quality. Known values: ``"auto"``, ``"low"``,
              ``"medium"``, ``"high"``.
            - ``resolution`` (str): Normalized resolution tier of the generated image. Known
              values: ``"512"``, ``"1K"``, ``"2K"``, ``"4K"``.
            - ``seed`` (int): If specified, the generation will sample deterministically,
              such that repeated requests with the same seed and parameters should return
              the same result.
            - ``size`` (str): Optional.
            - ``stream`` (bool): If true, partial images are streamed as SSE events as they
              become available.
            The class takes the body as ``body=ImageGenerationRequest(...)``; keys it does
            not know go in ``extra_fields``.
        stream: ``True`` for a stream of events, ``False`` for the whole body.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(ImageGenerationResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 402: ``PaymentRequiredResponseError``
        - 403: ``ForbiddenResponseError``
        - 404: ``NotFoundResponseError``
        - 413: ``PayloadTooLargeResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - 502: ``BadGatewayResponseError``
        - 524: ``EdgeNetworkTimeoutResponseError``
        - 529: ``ProviderOverloadedResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import images_generate

        result = images_generate(core, {
            "model": "bytedance-seed/seedream-4.5",
            "prompt": "a red panda astronaut floating in space, studio lighting",
        })
    """
    return invoke(core, OPERATION, request, options, stream=stream)


@overload
async def images_generate_async(
    core: OpenRouterCore,
    request: ImagesGenerateStreamingRequestDict,
    *,
    stream: None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[AsyncEventStream[ImageStreamingResponseData], ImagesGenerateError]: ...


@overload
async def images_generate_async(
    core: OpenRouterCore,
    request: ImagesGenerateRequest | ImagesGenerateRequestDict,
    *,
    stream: None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ImageGenerationResponse, ImagesGenerateError]: ...


@overload
async def images_generate_async(
    core: OpenRouterCore,
    request: ImagesGenerateRequest | ImagesGenerateRequestDict | ImagesGenerateStreamingRequestDict,
    *,
    stream: Literal[True],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[AsyncEventStream[ImageStreamingResponseData], ImagesGenerateError]: ...


@overload
async def images_generate_async(
    core: OpenRouterCore,
    request: ImagesGenerateRequest | ImagesGenerateRequestDict | ImagesGenerateStreamingRequestDict,
    *,
    stream: Literal[False],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ImageGenerationResponse, ImagesGenerateError]: ...


@overload
async def images_generate_async(
    core: OpenRouterCore,
    request: ImagesGenerateRequest | ImagesGenerateRequestDict | ImagesGenerateStreamingRequestDict,
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> (
    Result[ImageGenerationResponse, ImagesGenerateError]
    | Result[AsyncEventStream[ImageStreamingResponseData], ImagesGenerateError]
): ...


async def images_generate_async(
    core: OpenRouterCore,
    request: ImagesGenerateRequest | ImagesGenerateRequestDict | ImagesGenerateStreamingRequestDict,
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> (
    Result[ImageGenerationResponse, ImagesGenerateError]
    | Result[AsyncEventStream[ImageStreamingResponseData], ImagesGenerateError]
):
    """Generates an image from a text prompt via the image generation router.

    ``POST /images``: Generate an image.

    Streams: with ``stream=True`` (or ``"stream": True`` in a dict request) the result holds
    an event stream, ``AsyncEventStream[ImageStreamingResponseData]``, whose items are
    ``Result`` values; use it in a ``async with`` block. Otherwise the whole body comes
    back.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``ImagesGenerateRequest`` or a dict with these keys:

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``aspect_ratio`` (str): Normalized aspect ratio of the generated image.
            - ``background`` (str): Background treatment. Known values: ``"auto"``,
              ``"transparent"``, ``"opaque"``.
            - ``input_references`` (list[ContentPartImage]): Reference images to guide
              image-to-image generation, as base64 data URLs or HTTP(S) URLs.
            - ``model`` (str, required): The image generation model to use.
            - ``n`` (int): Upper bound on the number of images to generate (1-10).
            - ``output_compression`` (int): Compression level (0-100) for webp/jpeg output.
            - ``output_format`` (str): Encoding of the returned image bytes. Known values:
              ``"png"``, ``"jpeg"``, ``"webp"``, ``"svg"``.
            - ``prompt`` (str, required): Text description of the desired image.
            - ``provider`` (ImageGenerationProviderPreferences)
            - ``quality`` (str): Rendering quality. Known values: ``"auto"``, ``"low"``,
              ``"medium"``, ``"high"``.
            - ``resolution`` (str): Normalized resolution tier of the generated image. Known
              values: ``"512"``, ``"1K"``, ``"2K"``, ``"4K"``.
            - ``seed`` (int): If specified, the generation will sample deterministically,
              such that repeated requests with the same seed and parameters should return
              the same result.
            - ``size`` (str): Optional.
            - ``stream`` (bool): If true, partial images are streamed as SSE events as they
              become available.
            The class takes the body as ``body=ImageGenerationRequest(...)``; keys it does
            not know go in ``extra_fields``.
        stream: ``True`` for a stream of events, ``False`` for the whole body.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(ImageGenerationResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 402: ``PaymentRequiredResponseError``
        - 403: ``ForbiddenResponseError``
        - 404: ``NotFoundResponseError``
        - 413: ``PayloadTooLargeResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - 502: ``BadGatewayResponseError``
        - 524: ``EdgeNetworkTimeoutResponseError``
        - 529: ``ProviderOverloadedResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import images_generate_async

        result = await images_generate_async(core, {
            "model": "bytedance-seed/seedream-4.5",
            "prompt": "a red panda astronaut floating in space, studio lighting",
        })
    """
    return await invoke_async(core, OPERATION, request, options, stream=stream)
