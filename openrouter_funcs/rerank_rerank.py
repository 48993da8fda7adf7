# Generated from the OpenRouter OpenAPI spec (createRerank) by `python -m codegen`; do not edit.
"""Submit a rerank request: ``POST /rerank``.

Submits a rerank request to the rerank router

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
from openrouter_core._unset import UNSET, Unset
from openrouter_core.errors import (
    AnyStatusError,
    BadGatewayResponseError,
    BadRequestResponseError,
    EdgeNetworkTimeoutResponseError,
    HTTPClientError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterDefaultError,
    PaymentRequiredResponseError,
    ProviderOverloadedResponseError,
    ResponseValidationError,
    SDKValidationError,
    ServiceUnavailableResponseError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.create_rerank_request import CreateRerankRequestDocuments
from openrouter_core.models.create_rerank_response import (
    CreateRerankResponse,
    CreateRerankResponseResults,
    CreateRerankResponseUsage,
)
from openrouter_core.models.provider_preferences import ProviderPreferences

if TYPE_CHECKING:
    from typing_extensions import NotRequired, Required

    from openrouter_core.streams import AsyncEventStream, EventStream

__all__ = [
    "CreateRerankDict",
    "CreateRerankError",
    "CreateRerankRequest",
    "CreateRerankResponse",
    "CreateRerankResponseResults",
    "CreateRerankResponseUsage",
    "CreateRerankStreamingDict",
    "rerank_rerank",
    "rerank_rerank_async",
]


@attrs.frozen(kw_only=True)
class CreateRerankRequest:
    """The parameters and JSON body of ``POST /rerank``."""

    http_referer: str | None = attrs.field(default=None, metadata={"wire": "HTTP-Referer"})
    """The app identifier should be your app's URL and is used as the primary identifier for rankings."""
    app_title: str | None = attrs.field(default=None, metadata={"wire": "X-OpenRouter-Title"})
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    app_categories: str | None = attrs.field(
        default=None, metadata={"wire": "X-OpenRouter-Categories"}
    )
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent")."""
    documents: list[CreateRerankRequestDocuments]
    """The list of documents to rerank."""
    model: str
    """The rerank model to use."""
    provider: ProviderPreferences | Unset | None = UNSET
    """Provider routing preferences for the request."""
    query: str
    """The search query to rerank documents against."""
    top_n: int | None = None
    """Number of most relevant documents to return."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields this SDK does not know yet, sent as they are."""


class CreateRerankStreamingDict(TypedDict, total=False):
    """The request as a dict literal with ``stream: True``: the call returns a stream."""

    http_referer: Any
    app_title: Any
    app_categories: Any
    documents: Any
    model: Any
    provider: Any
    query: Any
    top_n: Any
    stream: Required[Literal[True]]


class CreateRerankDict(TypedDict, total=False):
    """The request as a dict literal without ``stream: True``: the call returns the body."""

    http_referer: Any
    app_title: Any
    app_categories: Any
    documents: Any
    model: Any
    provider: Any
    query: Any
    top_n: Any
    stream: NotRequired[Literal[False]]


#: Any status with a named class (``OPERATION`` lists the ones documented here), then
#: the failures every call can have.
CreateRerankError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[CreateRerankRequest, CreateRerankResponse] = Operation(
    operation_id="createRerank",
    method="POST",
    path="/rerank",
    request_type=CreateRerankRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=JSON_BODY,
    responses=(
        ok(200, CreateRerankResponse),
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
    request: CreateRerankStreamingDict,
    *,
    stream: None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[EventStream[str], CreateRerankError]: ...


@overload
def rerank_rerank(
    core: OpenRouterCore,
    request: CreateRerankDict,
    *,
    stream: None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[CreateRerankResponse, CreateRerankError]: ...


@overload
def rerank_rerank(
    core: OpenRouterCore,
    request: CreateRerankRequest | Mapping[str, Any],
    *,
    stream: Literal[True],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[EventStream[str], CreateRerankError]: ...


@overload
def rerank_rerank(
    core: OpenRouterCore,
    request: CreateRerankRequest | Mapping[str, Any],
    *,
    stream: Literal[False],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[CreateRerankResponse, CreateRerankError]: ...


@overload
def rerank_rerank(
    core: OpenRouterCore,
    request: CreateRerankRequest | Mapping[str, Any],
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> (
    Result[CreateRerankResponse, CreateRerankError] | Result[EventStream[str], CreateRerankError]
): ...


def rerank_rerank(
    core: OpenRouterCore,
    request: CreateRerankRequest | Mapping[str, Any],
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[CreateRerankResponse, CreateRerankError] | Result[EventStream[str], CreateRerankError]:
    """Submits a rerank request to the rerank router.

    With ``stream=True`` (or ``stream: True`` in the request) the result holds a
    stream of ``Result[str, Error]`` items; use it in a ``with`` block.
    """
    return invoke(core, OPERATION, request, options, stream=stream)


@overload
async def rerank_rerank_async(
    core: OpenRouterCore,
    request: CreateRerankStreamingDict,
    *,
    stream: None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[AsyncEventStream[str], CreateRerankError]: ...


@overload
async def rerank_rerank_async(
    core: OpenRouterCore,
    request: CreateRerankDict,
    *,
    stream: None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[CreateRerankResponse, CreateRerankError]: ...


@overload
async def rerank_rerank_async(
    core: OpenRouterCore,
    request: CreateRerankRequest | Mapping[str, Any],
    *,
    stream: Literal[True],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[AsyncEventStream[str], CreateRerankError]: ...


@overload
async def rerank_rerank_async(
    core: OpenRouterCore,
    request: CreateRerankRequest | Mapping[str, Any],
    *,
    stream: Literal[False],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[CreateRerankResponse, CreateRerankError]: ...


@overload
async def rerank_rerank_async(
    core: OpenRouterCore,
    request: CreateRerankRequest | Mapping[str, Any],
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> (
    Result[CreateRerankResponse, CreateRerankError]
    | Result[AsyncEventStream[str], CreateRerankError]
): ...


async def rerank_rerank_async(
    core: OpenRouterCore,
    request: CreateRerankRequest | Mapping[str, Any],
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> (
    Result[CreateRerankResponse, CreateRerankError]
    | Result[AsyncEventStream[str], CreateRerankError]
):
    """Submits a rerank request to the rerank router.

    With ``stream=True`` (or ``stream: True`` in the request) the result holds a
    stream of ``Result[str, Error]`` items; use it in a ``with`` block.
    """
    return await invoke_async(core, OPERATION, request, options, stream=stream)
