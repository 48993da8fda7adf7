# Generated from the OpenRouter OpenAPI spec (createRerank) by `python -m codegen`; do not edit.
"""Submit a rerank request: ``POST /rerank``.

Submits a rerank request to the rerank router

Streams: ``rerank_rerank(core, request, stream=True)`` (or ``"stream": True`` in a dict request)
returns the response as server-sent events, one ``Result`` per event; without it the whole body
comes back.
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
    PaymentRequiredResponseError,
    ProviderOverloadedResponseError,
    ServiceUnavailableResponseError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.rerank_rerank_body import RerankRerankBody
from openrouter_core.models.rerank_rerank_response import (
    RerankRerankResponse,
    RerankRerankResponseResults,
    RerankRerankResponseUsage,
)
from openrouter_core.streams import AsyncEventStream, EventStream

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.provider_preferences import ProviderPreferencesDict
    from openrouter_core.dicts.rerank_rerank_body import RerankRerankBodyDocumentsDict

__all__ = [
    "RerankRerankBody",
    "RerankRerankError",
    "RerankRerankRequest",
    "RerankRerankRequestDict",
    "RerankRerankResponse",
    "RerankRerankResponseResults",
    "RerankRerankResponseUsage",
    "RerankRerankStreamingRequestDict",
    "rerank_rerank",
    "rerank_rerank_async",
]


@attrs.frozen(kw_only=True)
class RerankRerankRequest:
    """The parameters and JSON body of ``POST /rerank``.

    - ``body`` (RerankRerankBody): the JSON body; its fields are listed in
      ``help(rerank_rerank)``.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    body: RerankRerankBody
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
        body: RerankRerankBody,
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
                "RerankRerankRequest",
                self.body,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class RerankRerankStreamingRequestDict(TypedDict, total=False):
    """The request as a dict literal with ``stream: True``: the call returns a stream."""

    http_referer: str
    app_title: str
    app_categories: str
    documents: Required[list[RerankRerankBodyDocumentsDict]]
    model: Required[str]
    provider: ProviderPreferencesDict | None
    query: Required[str]
    top_n: int | None
    extra_fields: dict[str, Any]
    stream: Required[Literal[True]]


class RerankRerankRequestDict(TypedDict, total=False):
    """The request as a dict literal without ``stream: True``: the call returns the body."""

    http_referer: str
    app_title: str
    app_categories: str
    documents: Required[list[RerankRerankBodyDocumentsDict]]
    model: Required[str]
    provider: ProviderPreferencesDict | None
    query: Required[str]
    top_n: int | None
    extra_fields: dict[str, Any]
    stream: Literal[False]


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
RerankRerankError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[RerankRerankRequest, RerankRerankResponse] = Operation(
    operation_id="createRerank",
    method="POST",
    path="/rerank",
    request_type=RerankRerankRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=json_body(RerankRerankBody),
    responses=(
        ok(200, RerankRerankResponse),
        ok_events(200, str),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(PaymentRequiredResponseError),
        fails(NotFoundResponseError),
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
def rerank_rerank(
    core: OpenRouterCore,
    request: RerankRerankStreamingRequestDict,
    *,
    stream: None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[EventStream[str], RerankRerankError]: ...


@overload
def rerank_rerank(
    core: OpenRouterCore,
    request: RerankRerankRequest | RerankRerankRequestDict,
    *,
    stream: None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[RerankRerankResponse, RerankRerankError]: ...


@overload
def rerank_rerank(
    core: OpenRouterCore,
    request: RerankRerankRequest | RerankRerankRequestDict | RerankRerankStreamingRequestDict,
    *,
    stream: Literal[True],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[EventStream[str], RerankRerankError]: ...


@overload
def rerank_rerank(
    core: OpenRouterCore,
    request: RerankRerankRequest | RerankRerankRequestDict | RerankRerankStreamingRequestDict,
    *,
    stream: Literal[False],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[RerankRerankResponse, RerankRerankError]: ...


@overload
def rerank_rerank(
    core: OpenRouterCore,
    request: RerankRerankRequest | RerankRerankRequestDict | RerankRerankStreamingRequestDict,
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> (
    Result[RerankRerankResponse, RerankRerankError] | Result[EventStream[str], RerankRerankError]
): ...


def rerank_rerank(
    core: OpenRouterCore,
    request: RerankRerankRequest | RerankRerankRequestDict | RerankRerankStreamingRequestDict,
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[RerankRerankResponse, RerankRerankError] | Result[EventStream[str], RerankRerankError]:
    """Submits a rerank request to the rerank router.

    ``POST /rerank``: Submit a rerank request.

    Streams: with ``stream=True`` (or ``"stream": True`` in a dict request) the result holds
    an event stream, ``EventStream[str]``, whose items are ``Result`` values; use it in a
    ``with`` block. Otherwise the whole body comes back.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``RerankRerankRequest`` or a dict with these keys:

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``documents`` (list[RerankRerankBodyDocuments], required): The list of
              documents to rerank.
            - ``model`` (str, required): The rerank model to use.
            - ``provider`` (ProviderPreferences): Provider routing preferences for the
              request.
            - ``query`` (str, required): The search query to rerank documents against.
            - ``top_n`` (int): Number of most relevant documents to return.
            The class takes the body as ``body=RerankRerankBody(...)``; keys it does not
            know go in ``extra_fields``.
        stream: ``True`` for a stream of events, ``False`` for the whole body.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(RerankRerankResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 402: ``PaymentRequiredResponseError``
        - 404: ``NotFoundResponseError``
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

        from openrouter_funcs import rerank_rerank

        result = rerank_rerank(core, {
            "documents": ["Paris is the capital of France.", "Berlin is the capital of Germany."],
            "model": "cohere/rerank-v3.5",
            "query": "What is the capital of France?",
        })
    """
    return invoke(core, OPERATION, request, options, stream=stream)


@overload
async def rerank_rerank_async(
    core: OpenRouterCore,
    request: RerankRerankStreamingRequestDict,
    *,
    stream: None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[AsyncEventStream[str], RerankRerankError]: ...


@overload
async def rerank_rerank_async(
    core: OpenRouterCore,
    request: RerankRerankRequest | RerankRerankRequestDict,
    *,
    stream: None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[RerankRerankResponse, RerankRerankError]: ...


@overload
async def rerank_rerank_async(
    core: OpenRouterCore,
    request: RerankRerankRequest | RerankRerankRequestDict | RerankRerankStreamingRequestDict,
    *,
    stream: Literal[True],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[AsyncEventStream[str], RerankRerankError]: ...


@overload
async def rerank_rerank_async(
    core: OpenRouterCore,
    request: RerankRerankRequest | RerankRerankRequestDict | RerankRerankStreamingRequestDict,
    *,
    stream: Literal[False],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[RerankRerankResponse, RerankRerankError]: ...


@overload
async def rerank_rerank_async(
    core: OpenRouterCore,
    request: RerankRerankRequest | RerankRerankRequestDict | RerankRerankStreamingRequestDict,
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> (
    Result[RerankRerankResponse, RerankRerankError]
    | Result[AsyncEventStream[str], RerankRerankError]
): ...


async def rerank_rerank_async(
    core: OpenRouterCore,
    request: RerankRerankRequest | RerankRerankRequestDict | RerankRerankStreamingRequestDict,
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> (
    Result[RerankRerankResponse, RerankRerankError]
    | Result[AsyncEventStream[str], RerankRerankError]
):
    """Submits a rerank request to the rerank router.

    ``POST /rerank``: Submit a rerank request.

    Streams: with ``stream=True`` (or ``"stream": True`` in a dict request) the result holds
    an event stream, ``AsyncEventStream[str]``, whose items are ``Result`` values; use it in
    a ``async with`` block. Otherwise the whole body comes back.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``RerankRerankRequest`` or a dict with these keys:

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``documents`` (list[RerankRerankBodyDocuments], required): The list of
              documents to rerank.
            - ``model`` (str, required): The rerank model to use.
            - ``provider`` (ProviderPreferences): Provider routing preferences for the
              request.
            - ``query`` (str, required): The search query to rerank documents against.
            - ``top_n`` (int): Number of most relevant documents to return.
            The class takes the body as ``body=RerankRerankBody(...)``; keys it does not
            know go in ``extra_fields``.
        stream: ``True`` for a stream of events, ``False`` for the whole body.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(RerankRerankResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 402: ``PaymentRequiredResponseError``
        - 404: ``NotFoundResponseError``
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

        from openrouter_funcs import rerank_rerank_async

        result = await rerank_rerank_async(core, {
            "documents": ["Paris is the capital of France.", "Berlin is the capital of Germany."],
            "model": "cohere/rerank-v3.5",
            "query": "What is the capital of France?",
        })
    """
    return await invoke_async(core, OPERATION, request, options, stream=stream)
