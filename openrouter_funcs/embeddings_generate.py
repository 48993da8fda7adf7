# Generated from the OpenRouter OpenAPI spec (createEmbeddings) by `python -m codegen`; do not edit.
"""Submit an embedding request: ``POST /embeddings``.

Submits an embedding request to the embeddings router

Streams: ``embeddings_generate(core, request, stream=True)`` (or ``"stream": True`` in a dict
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
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterBaseError,
    PayloadTooLargeResponseError,
    PaymentRequiredResponseError,
    ProviderOverloadedResponseError,
    RequestTimeoutResponseError,
    ServiceUnavailableResponseError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.embeddings_generate_body import EmbeddingsGenerateBody
from openrouter_core.models.embeddings_generate_response import (
    EmbeddingsGenerateResponse,
    EmbeddingsGenerateResponseData,
    EmbeddingsGenerateResponseUsage,
)
from openrouter_core.streams import AsyncEventStream, EventStream

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.embeddings_generate_body import EmbeddingsGenerateBodyInputDict
    from openrouter_core.dicts.provider_preferences import ProviderPreferencesDict

__all__ = [
    "EmbeddingsGenerateBody",
    "EmbeddingsGenerateError",
    "EmbeddingsGenerateRequest",
    "EmbeddingsGenerateRequestDict",
    "EmbeddingsGenerateResponse",
    "EmbeddingsGenerateResponseData",
    "EmbeddingsGenerateResponseUsage",
    "EmbeddingsGenerateStreamingRequestDict",
    "embeddings_generate",
    "embeddings_generate_async",
]


@attrs.frozen(kw_only=True)
class EmbeddingsGenerateRequest:
    """The parameters and JSON body of ``POST /embeddings``.

    - ``body`` (EmbeddingsGenerateBody): the JSON body; its fields are listed in
      ``help(embeddings_generate)``.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    body: EmbeddingsGenerateBody
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
        body: EmbeddingsGenerateBody,
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
                "EmbeddingsGenerateRequest",
                self.body,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class EmbeddingsGenerateStreamingRequestDict(TypedDict, total=False):
    """The request as a dict literal with ``stream: True``: the call returns a stream."""

    http_referer: str
    app_title: str
    app_categories: str
    dimensions: int | None
    encoding_format: Literal["float", "base64"] | str | None
    input: Required[EmbeddingsGenerateBodyInputDict]
    input_type: str | None
    model: Required[str]
    provider: ProviderPreferencesDict | None
    user: str | None
    extra_fields: dict[str, Any]
    stream: Required[Literal[True]]


class EmbeddingsGenerateRequestDict(TypedDict, total=False):
    """The request as a dict literal without ``stream: True``: the call returns the body."""

    http_referer: str
    app_title: str
    app_categories: str
    dimensions: int | None
    encoding_format: Literal["float", "base64"] | str | None
    input: Required[EmbeddingsGenerateBodyInputDict]
    input_type: str | None
    model: Required[str]
    provider: ProviderPreferencesDict | None
    user: str | None
    extra_fields: dict[str, Any]
    stream: Literal[False]


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
EmbeddingsGenerateError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[EmbeddingsGenerateRequest, EmbeddingsGenerateResponse] = Operation(
    operation_id="createEmbeddings",
    method="POST",
    path="/embeddings",
    request_type=EmbeddingsGenerateRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=json_body(EmbeddingsGenerateBody),
    responses=(
        ok(200, EmbeddingsGenerateResponse),
        ok_events(200, str),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(PaymentRequiredResponseError),
        fails(NotFoundResponseError),
        fails(RequestTimeoutResponseError),
        fails(PayloadTooLargeResponseError),
        fails(TooManyRequestsResponseError),
        fails(InternalServerResponseError),
        fails(BadGatewayResponseError),
        fails(ServiceUnavailableResponseError),
        fails(EdgeNetworkTimeoutResponseError),
        fails(ProviderOverloadedResponseError),
    ),
    streams=True,
)


@overload
def embeddings_generate(
    core: OpenRouterCore,
    request: EmbeddingsGenerateStreamingRequestDict,
    *,
    stream: None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[EventStream[str], EmbeddingsGenerateError]: ...


@overload
def embeddings_generate(
    core: OpenRouterCore,
    request: EmbeddingsGenerateRequest | EmbeddingsGenerateRequestDict,
    *,
    stream: None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[EmbeddingsGenerateResponse, EmbeddingsGenerateError]: ...


@overload
def embeddings_generate(
    core: OpenRouterCore,
    request: EmbeddingsGenerateRequest
    | EmbeddingsGenerateRequestDict
    | EmbeddingsGenerateStreamingRequestDict,
    *,
    stream: Literal[True],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[EventStream[str], EmbeddingsGenerateError]: ...


@overload
def embeddings_generate(
    core: OpenRouterCore,
    request: EmbeddingsGenerateRequest
    | EmbeddingsGenerateRequestDict
    | EmbeddingsGenerateStreamingRequestDict,
    *,
    stream: Literal[False],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[EmbeddingsGenerateResponse, EmbeddingsGenerateError]: ...


@overload
def embeddings_generate(
    core: OpenRouterCore,
    request: EmbeddingsGenerateRequest
    | EmbeddingsGenerateRequestDict
    | EmbeddingsGenerateStreamingRequestDict,
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> (
    Result[EmbeddingsGenerateResponse, EmbeddingsGenerateError]
    | Result[EventStream[str], EmbeddingsGenerateError]
): ...


def embeddings_generate(
    core: OpenRouterCore,
    request: EmbeddingsGenerateRequest
    | EmbeddingsGenerateRequestDict
    | EmbeddingsGenerateStreamingRequestDict,
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> (
    Result[EmbeddingsGenerateResponse, EmbeddingsGenerateError]
    | Result[EventStream[str], EmbeddingsGenerateError]
):
    """Submits an embedding request to the embeddings router.

    ``POST /embeddings``: Submit an embedding request.

    Streams: with ``stream=True`` (or ``"stream": True`` in a dict request) the result holds
    an event stream, ``EventStream[str]``, whose items are ``Result`` values; use it in a
    ``with`` block. Otherwise the whole body comes back.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``EmbeddingsGenerateRequest`` or a dict with these keys:

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``dimensions`` (int): The number of dimensions for the output embeddings.
            - ``encoding_format`` (str): The format of the output embeddings. Known values:
              ``"float"``, ``"base64"``.
            - ``input`` (EmbeddingsGenerateBodyInput, required): Text, token, or multimodal
              input(s) to embed.
            - ``input_type`` (str): The type of input (e.g. search_query, search_document).
            - ``model`` (str, required): The model to use for embeddings.
            - ``provider`` (ProviderPreferences): Provider routing preferences for the
              request.
            - ``user`` (str): A unique identifier for the end-user.
            The class takes the body as ``body=EmbeddingsGenerateBody(...)``; keys it does
            not know go in ``extra_fields``.
        stream: ``True`` for a stream of events, ``False`` for the whole body.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(EmbeddingsGenerateResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 402: ``PaymentRequiredResponseError``
        - 404: ``NotFoundResponseError``
        - 408: ``RequestTimeoutResponseError``
        - 413: ``PayloadTooLargeResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - 502: ``BadGatewayResponseError``
        - 503: ``ServiceUnavailableResponseError``
        - 524: ``EdgeNetworkTimeoutResponseError``
        - 529: ``ProviderOverloadedResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import embeddings_generate

        result = embeddings_generate(core, {
            "input": "The quick brown fox jumps over the lazy dog",
            "model": "openai/text-embedding-3-small",
        })
    """
    return invoke(core, OPERATION, request, options, stream=stream)


@overload
async def embeddings_generate_async(
    core: OpenRouterCore,
    request: EmbeddingsGenerateStreamingRequestDict,
    *,
    stream: None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[AsyncEventStream[str], EmbeddingsGenerateError]: ...


@overload
async def embeddings_generate_async(
    core: OpenRouterCore,
    request: EmbeddingsGenerateRequest | EmbeddingsGenerateRequestDict,
    *,
    stream: None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[EmbeddingsGenerateResponse, EmbeddingsGenerateError]: ...


@overload
async def embeddings_generate_async(
    core: OpenRouterCore,
    request: EmbeddingsGenerateRequest
    | EmbeddingsGenerateRequestDict
    | EmbeddingsGenerateStreamingRequestDict,
    *,
    stream: Literal[True],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[AsyncEventStream[str], EmbeddingsGenerateError]: ...


@overload
async def embeddings_generate_async(
    core: OpenRouterCore,
    request: EmbeddingsGenerateRequest
    | EmbeddingsGenerateRequestDict
    | EmbeddingsGenerateStreamingRequestDict,
    *,
    stream: Literal[False],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[EmbeddingsGenerateResponse, EmbeddingsGenerateError]: ...


@overload
async def embeddings_generate_async(
    core: OpenRouterCore,
    request: EmbeddingsGenerateRequest
    | EmbeddingsGenerateRequestDict
    | EmbeddingsGenerateStreamingRequestDict,
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> (
    Result[EmbeddingsGenerateResponse, EmbeddingsGenerateError]
    | Result[AsyncEventStream[str], EmbeddingsGenerateError]
): ...


async def embeddings_generate_async(
    core: OpenRouterCore,
    request: EmbeddingsGenerateRequest
    | EmbeddingsGenerateRequestDict
    | EmbeddingsGenerateStreamingRequestDict,
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> (
    Result[EmbeddingsGenerateResponse, EmbeddingsGenerateError]
    | Result[AsyncEventStream[str], EmbeddingsGenerateError]
):
    """Submits an embedding request to the embeddings router.

    ``POST /embeddings``: Submit an embedding request.

    Streams: with ``stream=True`` (or ``"stream": True`` in a dict request) the result holds
    an event stream, ``AsyncEventStream[str]``, whose items are ``Result`` values; use it in
    a ``async with`` block. Otherwise the whole body comes back.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``EmbeddingsGenerateRequest`` or a dict with these keys:

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``dimensions`` (int): The number of dimensions for the output embeddings.
            - ``encoding_format`` (str): The format of the output embeddings. Known values:
              ``"float"``, ``"base64"``.
            - ``input`` (EmbeddingsGenerateBodyInput, required): Text, token, or multimodal
              input(s) to embed.
            - ``input_type`` (str): The type of input (e.g. search_query, search_document).
            - ``model`` (str, required): The model to use for embeddings.
            - ``provider`` (ProviderPreferences): Provider routing preferences for the
              request.
            - ``user`` (str): A unique identifier for the end-user.
            The class takes the body as ``body=EmbeddingsGenerateBody(...)``; keys it does
            not know go in ``extra_fields``.
        stream: ``True`` for a stream of events, ``False`` for the whole body.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(EmbeddingsGenerateResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 402: ``PaymentRequiredResponseError``
        - 404: ``NotFoundResponseError``
        - 408: ``RequestTimeoutResponseError``
        - 413: ``PayloadTooLargeResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - 502: ``BadGatewayResponseError``
        - 503: ``ServiceUnavailableResponseError``
        - 524: ``EdgeNetworkTimeoutResponseError``
        - 529: ``ProviderOverloadedResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import embeddings_generate_async

        result = await embeddings_generate_async(core, {
            "input": "The quick brown fox jumps over the lazy dog",
            "model": "openai/text-embedding-3-small",
        })
    """
    return await invoke_async(core, OPERATION, request, options, stream=stream)
