# Generated from the OpenRouter OpenAPI spec (createResponses) by `python -m codegen`; do not edit.
"""Create a response: ``POST /responses``.

Creates a streaming or non-streaming response using OpenResponses API format

The server can also stream this response as server-sent events (``stream: true``); this module
offers the non-streaming form.
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
    UnprocessableEntityResponseError,
)
from openrouter_core.models.open_responses_result import OpenResponsesResult
from openrouter_core.models.responses_request import ResponsesRequest
from openrouter_core.models.stream_events import StreamEvents

if TYPE_CHECKING:
    from typing_extensions import NotRequired, Required

    from openrouter_core.streams import AsyncEventStream, EventStream

__all__ = [
    "OpenResponsesResult",
    "ResponsesRequest",
    "ResponsesSendError",
    "ResponsesSendRequest",
    "ResponsesSendRequestDict",
    "ResponsesSendStreamingRequestDict",
    "responses_send",
    "responses_send_async",
]


@attrs.frozen(kw_only=True)
class ResponsesSendRequest:
    """The parameters and JSON body of ``POST /responses``."""

    body: ResponsesRequest = attrs.field(factory=ResponsesRequest)
    """The JSON body; a dict request gives its fields next to the parameters."""
    http_referer: str | None = attrs.field(default=None, metadata={"wire": "HTTP-Referer"})
    """The app identifier should be your app's URL and is used as the primary identifier for rankings."""
    app_title: str | None = attrs.field(default=None, metadata={"wire": "X-OpenRouter-Title"})
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    app_categories: str | None = attrs.field(
        default=None, metadata={"wire": "X-OpenRouter-Categories"}
    )
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent")."""
    x_openrouter_metadata: str | None = attrs.field(
        default=None, metadata={"wire": "X-OpenRouter-Metadata"}
    )
    """Opt-in to surface routing metadata on the response under `openrouter_metadata`."""


class ResponsesSendStreamingRequestDict(TypedDict, total=False):
    """The request as a dict literal with ``stream: True``: the call returns a stream."""

    http_referer: Any
    app_title: Any
    app_categories: Any
    x_openrouter_metadata: Any
    background: Any
    cache_control: Any
    debug: Any
    frequency_penalty: Any
    image_config: Any
    include: Any
    input: Any
    instructions: Any
    max_output_tokens: Any
    max_tool_calls: Any
    metadata: Any
    modalities: Any
    model: Any
    models: Any
    parallel_tool_calls: Any
    plugins: Any
    presence_penalty: Any
    previous_response_id: Any
    prompt: Any
    prompt_cache_key: Any
    prompt_cache_options: Any
    provider: Any
    reasoning: Any
    route: Any
    safety_identifier: Any
    service_tier: Any
    session_id: Any
    stop_server_tools_when: Any
    store: Any
    temperature: Any
    text: Any
    tool_choice: Any
    tools: Any
    top_k: Any
    top_logprobs: Any
    top_p: Any
    trace: Any
    truncation: Any
    user: Any
    stream: Required[Literal[True]]


class ResponsesSendRequestDict(TypedDict, total=False):
    """The request as a dict literal without ``stream: True``: the call returns the body."""

    http_referer: Any
    app_title: Any
    app_categories: Any
    x_openrouter_metadata: Any
    background: Any
    cache_control: Any
    debug: Any
    frequency_penalty: Any
    image_config: Any
    include: Any
    input: Any
    instructions: Any
    max_output_tokens: Any
    max_tool_calls: Any
    metadata: Any
    modalities: Any
    model: Any
    models: Any
    parallel_tool_calls: Any
    plugins: Any
    presence_penalty: Any
    previous_response_id: Any
    prompt: Any
    prompt_cache_key: Any
    prompt_cache_options: Any
    provider: Any
    reasoning: Any
    route: Any
    safety_identifier: Any
    service_tier: Any
    session_id: Any
    stop_server_tools_when: Any
    store: Any
    temperature: Any
    text: Any
    tool_choice: Any
    tools: Any
    top_k: Any
    top_logprobs: Any
    top_p: Any
    trace: Any
    truncation: Any
    user: Any
    stream: NotRequired[Literal[False]]


ResponsesSendError: TypeAlias = (
    BadRequestResponseError
    | UnauthorizedResponseError
    | PaymentRequiredResponseError
    | ForbiddenResponseError
    | NotFoundResponseError
    | RequestTimeoutResponseError
    | PayloadTooLargeResponseError
    | UnprocessableEntityResponseError
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

OPERATION: Operation[ResponsesSendRequest, OpenResponsesResult] = Operation(
    operation_id="createResponses",
    method="POST",
    path="/responses",
    request_type=ResponsesSendRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
        header("x_openrouter_metadata", "X-OpenRouter-Metadata"),
    ),
    body=json_body(ResponsesRequest),
    responses=(
        ok(200, OpenResponsesResult),
        ok_events(200, StreamEvents),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(PaymentRequiredResponseError),
        fails(ForbiddenResponseError),
        fails(NotFoundResponseError),
        fails(RequestTimeoutResponseError),
        fails(PayloadTooLargeResponseError),
        fails(UnprocessableEntityResponseError),
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
def responses_send(
    core: OpenRouterCore,
    request: ResponsesSendStreamingRequestDict,
    *,
    stream: None = None,
    options: RequestOptions | None = None,
) -> Result[EventStream[StreamEvents], ResponsesSendError]: ...


@overload
def responses_send(
    core: OpenRouterCore,
    request: ResponsesSendRequestDict,
    *,
    stream: None = None,
    options: RequestOptions | None = None,
) -> Result[OpenResponsesResult, ResponsesSendError]: ...


@overload
def responses_send(
    core: OpenRouterCore,
    request: ResponsesSendRequest | Mapping[str, Any] | None = None,
    *,
    stream: Literal[True],
    options: RequestOptions | None = None,
) -> Result[EventStream[StreamEvents], ResponsesSendError]: ...


@overload
def responses_send(
    core: OpenRouterCore,
    request: ResponsesSendRequest | Mapping[str, Any] | None = None,
    *,
    stream: Literal[False],
    options: RequestOptions | None = None,
) -> Result[OpenResponsesResult, ResponsesSendError]: ...


@overload
def responses_send(
    core: OpenRouterCore,
    request: ResponsesSendRequest | Mapping[str, Any] | None = None,
    *,
    stream: bool | None = None,
    options: RequestOptions | None = None,
) -> (
    Result[OpenResponsesResult, ResponsesSendError]
    | Result[EventStream[StreamEvents], ResponsesSendError]
): ...


def responses_send(
    core: OpenRouterCore,
    request: ResponsesSendRequest | Mapping[str, Any] | None = None,
    *,
    stream: bool | None = None,
    options: RequestOptions | None = None,
) -> (
    Result[OpenResponsesResult, ResponsesSendError]
    | Result[EventStream[StreamEvents], ResponsesSendError]
):
    """Creates a streaming or non-streaming response using OpenResponses API format.

    With ``stream=True`` (or ``stream: True`` in the request) the result holds a
    stream of ``Result[StreamEvents, Error]`` items; use it in a ``with`` block.
    """
    return invoke(core, OPERATION, request, options, stream=stream)


@overload
async def responses_send_async(
    core: OpenRouterCore,
    request: ResponsesSendStreamingRequestDict,
    *,
    stream: None = None,
    options: RequestOptions | None = None,
) -> Result[AsyncEventStream[StreamEvents], ResponsesSendError]: ...


@overload
async def responses_send_async(
    core: OpenRouterCore,
    request: ResponsesSendRequestDict,
    *,
    stream: None = None,
    options: RequestOptions | None = None,
) -> Result[OpenResponsesResult, ResponsesSendError]: ...


@overload
async def responses_send_async(
    core: OpenRouterCore,
    request: ResponsesSendRequest | Mapping[str, Any] | None = None,
    *,
    stream: Literal[True],
    options: RequestOptions | None = None,
) -> Result[AsyncEventStream[StreamEvents], ResponsesSendError]: ...


@overload
async def responses_send_async(
    core: OpenRouterCore,
    request: ResponsesSendRequest | Mapping[str, Any] | None = None,
    *,
    stream: Literal[False],
    options: RequestOptions | None = None,
) -> Result[OpenResponsesResult, ResponsesSendError]: ...


@overload
async def responses_send_async(
    core: OpenRouterCore,
    request: ResponsesSendRequest | Mapping[str, Any] | None = None,
    *,
    stream: bool | None = None,
    options: RequestOptions | None = None,
) -> (
    Result[OpenResponsesResult, ResponsesSendError]
    | Result[AsyncEventStream[StreamEvents], ResponsesSendError]
): ...


async def responses_send_async(
    core: OpenRouterCore,
    request: ResponsesSendRequest | Mapping[str, Any] | None = None,
    *,
    stream: bool | None = None,
    options: RequestOptions | None = None,
) -> (
    Result[OpenResponsesResult, ResponsesSendError]
    | Result[AsyncEventStream[StreamEvents], ResponsesSendError]
):
    """Creates a streaming or non-streaming response using OpenResponses API format.

    With ``stream=True`` (or ``stream: True`` in the request) the result holds a
    stream of ``Result[StreamEvents, Error]`` items; use it in a ``with`` block.
    """
    return await invoke_async(core, OPERATION, request, options, stream=stream)
