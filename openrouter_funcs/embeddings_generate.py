# Generated from the OpenRouter OpenAPI spec (createEmbeddings) by `python -m codegen`; do not edit.
"""Submit an embedding request: ``POST /embeddings``.

Submits an embedding request to the embeddings router

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
    PayloadTooLargeResponseError,
    PaymentRequiredResponseError,
    ProviderOverloadedResponseError,
    RequestTimeoutResponseError,
    ResponseValidationError,
    SDKValidationError,
    ServiceUnavailableResponseError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.create_embeddings_request import CreateEmbeddingsRequestInput
from openrouter_core.models.create_embeddings_response import (
    CreateEmbeddingsResponse,
    CreateEmbeddingsResponseData,
    CreateEmbeddingsResponseUsage,
)
from openrouter_core.models.provider_preferences import ProviderPreferences

if TYPE_CHECKING:
    from typing_extensions import NotRequired, Required

    from openrouter_core.streams import AsyncEventStream, EventStream

__all__ = [
    "CreateEmbeddingsDict",
    "CreateEmbeddingsError",
    "CreateEmbeddingsRequest",
    "CreateEmbeddingsResponse",
    "CreateEmbeddingsResponseData",
    "CreateEmbeddingsResponseUsage",
    "CreateEmbeddingsStreamingDict",
    "embeddings_generate",
    "embeddings_generate_async",
]


@attrs.frozen(kw_only=True)
class CreateEmbeddingsRequest:
    """The parameters and JSON body of ``POST /embeddings``."""

    http_referer: str | None = attrs.field(default=None, metadata={"wire": "HTTP-Referer"})
    """The app identifier should be your app's URL and is used as the primary identifier for rankings."""
    app_title: str | None = attrs.field(default=None, metadata={"wire": "X-OpenRouter-Title"})
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    app_categories: str | None = attrs.field(
        default=None, metadata={"wire": "X-OpenRouter-Categories"}
    )
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent")."""
    dimensions: int | None = None
    """The number of dimensions for the output embeddings."""
    encoding_format: str | None = None
    """The format of the output embeddings. Known values: ``"float"``, ``"base64"``."""
    input: CreateEmbeddingsRequestInput
    """Text, token, or multimodal input(s) to embed."""
    input_type: str | None = None
    """The type of input (e.g. search_query, search_document)."""
    model: str
    """The model to use for embeddings."""
    provider: ProviderPreferences | Unset | None = UNSET
    """Provider routing preferences for the request."""
    user: str | None = None
    """A unique identifier for the end-user."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields this SDK does not know yet, sent as they are."""


class CreateEmbeddingsStreamingDict(TypedDict, total=False):
    """The request as a dict literal with ``stream: True``: the call returns a stream."""

    http_referer: Any
    app_title: Any
    app_categories: Any
    dimensions: Any
    encoding_format: Any
    input: Any
    input_type: Any
    model: Any
    provider: Any
    user: Any
    stream: Required[Literal[True]]


class CreateEmbeddingsDict(TypedDict, total=False):
    """The request as a dict literal without ``stream: True``: the call returns the body."""

    http_referer: Any
    app_title: Any
    app_categories: Any
    dimensions: Any
    encoding_format: Any
    input: Any
    input_type: Any
    model: Any
    provider: Any
    user: Any
    stream: NotRequired[Literal[False]]


#: Any status with a named class (``OPERATION`` lists the ones documented here), then
#: the failures every call can have.
CreateEmbeddingsError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[CreateEmbeddingsRequest, CreateEmbeddingsResponse] = Operation(
    operation_id="createEmbeddings",
    method="POST",
    path="/embeddings",
    request_type=CreateEmbeddingsRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=JSON_BODY,
    responses=(
        ok(200, CreateEmbeddingsResponse),
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
    request: CreateEmbeddingsStreamingDict,
    *,
    stream: None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[EventStream[str], CreateEmbeddingsError]: ...


@overload
def embeddings_generate(
    core: OpenRouterCore,
    request: CreateEmbeddingsDict,
    *,
    stream: None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[CreateEmbeddingsResponse, CreateEmbeddingsError]: ...


@overload
def embeddings_generate(
    core: OpenRouterCore,
    request: CreateEmbeddingsRequest | Mapping[str, Any],
    *,
    stream: Literal[True],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[EventStream[str], CreateEmbeddingsError]: ...


@overload
def embeddings_generate(
    core: OpenRouterCore,
    request: CreateEmbeddingsRequest | Mapping[str, Any],
    *,
    stream: Literal[False],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[CreateEmbeddingsResponse, CreateEmbeddingsError]: ...


@overload
def embeddings_generate(
    core: OpenRouterCore,
    request: CreateEmbeddingsRequest | Mapping[str, Any],
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> (
    Result[CreateEmbeddingsResponse, CreateEmbeddingsError]
    | Result[EventStream[str], CreateEmbeddingsError]
): ...


def embeddings_generate(
    core: OpenRouterCore,
    request: CreateEmbeddingsRequest | Mapping[str, Any],
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> (
    Result[CreateEmbeddingsResponse, CreateEmbeddingsError]
    | Result[EventStream[str], CreateEmbeddingsError]
):
    """Submits an embedding request to the embeddings router.

    With ``stream=True`` (or ``stream: True`` in the request) the result holds a
    stream of ``Result[str, Error]`` items; use it in a ``with`` block.
    """
    return invoke(core, OPERATION, request, options, stream=stream)


@overload
async def embeddings_generate_async(
    core: OpenRouterCore,
    request: CreateEmbeddingsStreamingDict,
    *,
    stream: None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[AsyncEventStream[str], CreateEmbeddingsError]: ...


@overload
async def embeddings_generate_async(
    core: OpenRouterCore,
    request: CreateEmbeddingsDict,
    *,
    stream: None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[CreateEmbeddingsResponse, CreateEmbeddingsError]: ...


@overload
async def embeddings_generate_async(
    core: OpenRouterCore,
    request: CreateEmbeddingsRequest | Mapping[str, Any],
    *,
    stream: Literal[True],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[AsyncEventStream[str], CreateEmbeddingsError]: ...


@overload
async def embeddings_generate_async(
    core: OpenRouterCore,
    request: CreateEmbeddingsRequest | Mapping[str, Any],
    *,
    stream: Literal[False],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[CreateEmbeddingsResponse, CreateEmbeddingsError]: ...


@overload
async def embeddings_generate_async(
    core: OpenRouterCore,
    request: CreateEmbeddingsRequest | Mapping[str, Any],
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> (
    Result[CreateEmbeddingsResponse, CreateEmbeddingsError]
    | Result[AsyncEventStream[str], CreateEmbeddingsError]
): ...


async def embeddings_generate_async(
    core: OpenRouterCore,
    request: CreateEmbeddingsRequest | Mapping[str, Any],
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> (
    Result[CreateEmbeddingsResponse, CreateEmbeddingsError]
    | Result[AsyncEventStream[str], CreateEmbeddingsError]
):
    """Submits an embedding request to the embeddings router.

    With ``stream=True`` (or ``stream: True`` in the request) the result holds a
    stream of ``Result[str, Error]`` items; use it in a ``with`` block.
    """
    return await invoke_async(core, OPERATION, request, options, stream=stream)
