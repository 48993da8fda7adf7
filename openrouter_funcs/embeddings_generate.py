# Generated from the OpenRouter OpenAPI spec (createEmbeddings) by `python -m codegen`; do not edit.
"""Submit an embedding request: ``POST /embeddings``.

Submits an embedding request to the embeddings router

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
from openrouter_core.models.embeddings_generate_body import EmbeddingsGenerateBody
from openrouter_core.models.embeddings_generate_response import (
    EmbeddingsGenerateResponse,
    EmbeddingsGenerateResponseData,
    EmbeddingsGenerateResponseUsage,
)

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.embeddings_generate_body import EmbeddingsGenerateBodyInputDict
    from openrouter_core.dicts.provider_preferences import ProviderPreferencesDict
    from openrouter_core.streams import AsyncEventStream, EventStream

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
    """The parameters and JSON body of ``POST /embeddings``."""

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


EmbeddingsGenerateError: TypeAlias = (
    BadRequestResponseError
    | UnauthorizedResponseError
    | PaymentRequiredResponseError
    | NotFoundResponseError
    | RequestTimeoutResponseError
    | PayloadTooLargeResponseError
    | TooManyRequestsResponseError
    | InternalServerResponseError
    | BadGatewayResponseError
    | ServiceUnavailableResponseError
    | EdgeNetworkTimeoutResponseError
    | ProviderOverloadedResponseError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

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
    options: RequestOptions | None = None,
) -> Result[EventStream[str], EmbeddingsGenerateError]: ...


@overload
def embeddings_generate(
    core: OpenRouterCore,
    request: EmbeddingsGenerateRequest | EmbeddingsGenerateRequestDict,
    *,
    stream: None = None,
    options: RequestOptions | None = None,
) -> Result[EmbeddingsGenerateResponse, EmbeddingsGenerateError]: ...


@overload
def embeddings_generate(
    core: OpenRouterCore,
    request: EmbeddingsGenerateRequest
    | EmbeddingsGenerateRequestDict
    | EmbeddingsGenerateStreamingRequestDict,
    *,
    stream: Literal[True],
    options: RequestOptions | None = None,
) -> Result[EventStream[str], EmbeddingsGenerateError]: ...


@overload
def embeddings_generate(
    core: OpenRouterCore,
    request: EmbeddingsGenerateRequest
    | EmbeddingsGenerateRequestDict
    | EmbeddingsGenerateStreamingRequestDict,
    *,
    stream: Literal[False],
    options: RequestOptions | None = None,
) -> Result[EmbeddingsGenerateResponse, EmbeddingsGenerateError]: ...


@overload
def embeddings_generate(
    core: OpenRouterCore,
    request: EmbeddingsGenerateRequest
    | EmbeddingsGenerateRequestDict
    | EmbeddingsGenerateStreamingRequestDict,
    *,
    stream: bool | None = None,
    options: RequestOptions | None = None,
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
    options: RequestOptions | None = None,
) -> (
    Result[EmbeddingsGenerateResponse, EmbeddingsGenerateError]
    | Result[EventStream[str], EmbeddingsGenerateError]
):
    """Submits an embedding request to the embeddings router.

    With ``stream=True`` (or ``stream: True`` in the request) the result holds a
    stream of ``Result[str, Error]`` items; use it in a ``with`` block.
    """
    return invoke(core, OPERATION, request, options, stream=stream)


@overload
async def embeddings_generate_async(
    core: OpenRouterCore,
    request: EmbeddingsGenerateStreamingRequestDict,
    *,
    stream: None = None,
    options: RequestOptions | None = None,
) -> Result[AsyncEventStream[str], EmbeddingsGenerateError]: ...


@overload
async def embeddings_generate_async(
    core: OpenRouterCore,
    request: EmbeddingsGenerateRequest | EmbeddingsGenerateRequestDict,
    *,
    stream: None = None,
    options: RequestOptions | None = None,
) -> Result[EmbeddingsGenerateResponse, EmbeddingsGenerateError]: ...


@overload
async def embeddings_generate_async(
    core: OpenRouterCore,
    request: EmbeddingsGenerateRequest
    | EmbeddingsGenerateRequestDict
    | EmbeddingsGenerateStreamingRequestDict,
    *,
    stream: Literal[True],
    options: RequestOptions | None = None,
) -> Result[AsyncEventStream[str], EmbeddingsGenerateError]: ...


@overload
async def embeddings_generate_async(
    core: OpenRouterCore,
    request: EmbeddingsGenerateRequest
    | EmbeddingsGenerateRequestDict
    | EmbeddingsGenerateStreamingRequestDict,
    *,
    stream: Literal[False],
    options: RequestOptions | None = None,
) -> Result[EmbeddingsGenerateResponse, EmbeddingsGenerateError]: ...


@overload
async def embeddings_generate_async(
    core: OpenRouterCore,
    request: EmbeddingsGenerateRequest
    | EmbeddingsGenerateRequestDict
    | EmbeddingsGenerateStreamingRequestDict,
    *,
    stream: bool | None = None,
    options: RequestOptions | None = None,
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
    options: RequestOptions | None = None,
) -> (
    Result[EmbeddingsGenerateResponse, EmbeddingsGenerateError]
    | Result[AsyncEventStream[str], EmbeddingsGenerateError]
):
    """Submits an embedding request to the embeddings router.

    With ``stream=True`` (or ``stream: True`` in the request) the result holds a
    stream of ``Result[str, Error]`` items; use it in a ``with`` block.
    """
    return await invoke_async(core, OPERATION, request, options, stream=stream)
