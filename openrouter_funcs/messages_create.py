# Generated from the OpenRouter OpenAPI spec (createMessages) by `python -m codegen`; do not edit.
"""Create a message: ``POST /messages``.

Creates a message using the Anthropic Messages API format. Supports text, images, PDFs, tools,
and extended thinking.

Error bodies follow this endpoint's own format: ``err.data`` holds a parsed
``AnthropicMessagesErrorResponse``, not the body its class names elsewhere.

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
    BadRequestResponseError,
    ForbiddenResponseError,
    HTTPClientError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterDefaultError,
    ProviderOverloadedResponseError,
    ResponseValidationError,
    SDKValidationError,
    ServiceUnavailableResponseError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.anthropic_messages_error_response import AnthropicMessagesErrorResponse
from openrouter_core.models.messages_request import MessagesRequest
from openrouter_core.models.messages_result import MessagesResult
from openrouter_core.models.messages_stream_events import MessagesStreamEvents

if TYPE_CHECKING:
    from typing_extensions import NotRequired, Required

    from openrouter_core.streams import AsyncEventStream, EventStream

__all__ = [
    "MessagesCreateError",
    "MessagesCreateRequest",
    "MessagesCreateRequestDict",
    "MessagesCreateStreamingRequestDict",
    "MessagesRequest",
    "MessagesResult",
    "messages_create",
    "messages_create_async",
]


@attrs.frozen(kw_only=True)
class MessagesCreateRequest:
    """The parameters and JSON body of ``POST /messages``."""

    body: MessagesRequest
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


class MessagesCreateStreamingRequestDict(TypedDict, total=False):
    """The request as a dict literal with ``stream: True``: the call returns a stream."""

    http_referer: Any
    app_title: Any
    app_categories: Any
    x_openrouter_metadata: Any
    cache_control: Any
    context_management: Any
    fallbacks: Any
    max_tokens: Any
    messages: Any
    metadata: Any
    model: Any
    models: Any
    output_config: Any
    plugins: Any
    provider: Any
    route: Any
    service_tier: Any
    session_id: Any
    speed: Any
    stop_sequences: Any
    stop_server_tools_when: Any
    system: Any
    temperature: Any
    thinking: Any
    tool_choice: Any
    tools: Any
    top_k: Any
    top_p: Any
    trace: Any
    user: Any
    stream: Required[Literal[True]]


class MessagesCreateRequestDict(TypedDict, total=False):
    """The request as a dict literal without ``stream: True``: the call returns the body."""

    http_referer: Any
    app_title: Any
    app_categories: Any
    x_openrouter_metadata: Any
    cache_control: Any
    context_management: Any
    fallbacks: Any
    max_tokens: Any
    messages: Any
    metadata: Any
    model: Any
    models: Any
    output_config: Any
    plugins: Any
    provider: Any
    route: Any
    service_tier: Any
    session_id: Any
    speed: Any
    stop_sequences: Any
    stop_server_tools_when: Any
    system: Any
    temperature: Any
    thinking: Any
    tool_choice: Any
    tools: Any
    top_k: Any
    top_p: Any
    trace: Any
    user: Any
    stream: NotRequired[Literal[False]]


MessagesCreateError: TypeAlias = (
    BadRequestResponseError
    | UnauthorizedResponseError
    | ForbiddenResponseError
    | NotFoundResponseError
    | TooManyRequestsResponseError
    | InternalServerResponseError
    | ServiceUnavailableResponseError
    | ProviderOverloadedResponseError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[MessagesCreateRequest, MessagesResult] = Operation(
    operation_id="createMessages",
    method="POST",
    path="/messages",
    request_type=MessagesCreateRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
        header("x_openrouter_metadata", "X-OpenRouter-Metadata"),
    ),
    body=json_body(MessagesRequest),
    responses=(
        ok(200, MessagesResult),
        ok_events(200, MessagesStreamEvents),
        fails(BadRequestResponseError, body=AnthropicMessagesErrorResponse),
        fails(UnauthorizedResponseError, body=AnthropicMessagesErrorResponse),
        fails(ForbiddenResponseError, body=AnthropicMessagesErrorResponse),
        fails(NotFoundResponseError, body=AnthropicMessagesErrorResponse),
        fails(TooManyRequestsResponseError, body=AnthropicMessagesErrorResponse),
        fails(InternalServerResponseError, body=AnthropicMessagesErrorResponse),
        fails(ServiceUnavailableResponseError, body=AnthropicMessagesErrorResponse),
        fails(ProviderOverloadedResponseError, body=AnthropicMessagesErrorResponse),
    ),
    streams=True,
)


@overload
def messages_create(
    core: OpenRouterCore,
    request: MessagesCreateStreamingRequestDict,
    *,
    stream: None = None,
    options: RequestOptions | None = None,
) -> Result[EventStream[MessagesStreamEvents], MessagesCreateError]: ...


@overload
def messages_create(
    core: OpenRouterCore,
    request: MessagesCreateRequestDict,
    *,
    stream: None = None,
    options: RequestOptions | None = None,
) -> Result[MessagesResult, MessagesCreateError]: ...


@overload
def messages_create(
    core: OpenRouterCore,
    request: MessagesCreateRequest | Mapping[str, Any],
    *,
    stream: Literal[True],
    options: RequestOptions | None = None,
) -> Result[EventStream[MessagesStreamEvents], MessagesCreateError]: ...


@overload
def messages_create(
    core: OpenRouterCore,
    request: MessagesCreateRequest | Mapping[str, Any],
    *,
    stream: Literal[False],
    options: RequestOptions | None = None,
) -> Result[MessagesResult, MessagesCreateError]: ...


@overload
def messages_create(
    core: OpenRouterCore,
    request: MessagesCreateRequest | Mapping[str, Any],
    *,
    stream: bool | None = None,
    options: RequestOptions | None = None,
) -> (
    Result[MessagesResult, MessagesCreateError]
    | Result[EventStream[MessagesStreamEvents], MessagesCreateError]
): ...


def messages_create(
    core: OpenRouterCore,
    request: MessagesCreateRequest | Mapping[str, Any],
    *,
    stream: bool | None = None,
    options: RequestOptions | None = None,
) -> (
    Result[MessagesResult, MessagesCreateError]
    | Result[EventStream[MessagesStreamEvents], MessagesCreateError]
):
    """Creates a message using the Anthropic Messages API format.

    With ``stream=True`` (or ``stream: True`` in the request) the result holds a
    stream of ``Result[MessagesStreamEvents, Error]`` items; use it in a ``with`` block.
    """
    return invoke(core, OPERATION, request, options, stream=stream)


@overload
async def messages_create_async(
    core: OpenRouterCore,
    request: MessagesCreateStreamingRequestDict,
    *,
    stream: None = None,
    options: RequestOptions | None = None,
) -> Result[AsyncEventStream[MessagesStreamEvents], MessagesCreateError]: ...


@overload
async def messages_create_async(
    core: OpenRouterCore,
    request: MessagesCreateRequestDict,
    *,
    stream: None = None,
    options: RequestOptions | None = None,
) -> Result[MessagesResult, MessagesCreateError]: ...


@overload
async def messages_create_async(
    core: OpenRouterCore,
    request: MessagesCreateRequest | Mapping[str, Any],
    *,
    stream: Literal[True],
    options: RequestOptions | None = None,
) -> Result[AsyncEventStream[MessagesStreamEvents], MessagesCreateError]: ...


@overload
async def messages_create_async(
    core: OpenRouterCore,
    request: MessagesCreateRequest | Mapping[str, Any],
    *,
    stream: Literal[False],
    options: RequestOptions | None = None,
) -> Result[MessagesResult, MessagesCreateError]: ...


@overload
async def messages_create_async(
    core: OpenRouterCore,
    request: MessagesCreateRequest | Mapping[str, Any],
    *,
    stream: bool | None = None,
    options: RequestOptions | None = None,
) -> (
    Result[MessagesResult, MessagesCreateError]
    | Result[AsyncEventStream[MessagesStreamEvents], MessagesCreateError]
): ...


async def messages_create_async(
    core: OpenRouterCore,
    request: MessagesCreateRequest | Mapping[str, Any],
    *,
    stream: bool | None = None,
    options: RequestOptions | None = None,
) -> (
    Result[MessagesResult, MessagesCreateError]
    | Result[AsyncEventStream[MessagesStreamEvents], MessagesCreateError]
):
    """Creates a message using the Anthropic Messages API format.

    With ``stream=True`` (or ``stream: True`` in the request) the result holds a
    stream of ``Result[MessagesStreamEvents, Error]`` items; use it in a ``with`` block.
    """
    return await invoke_async(core, OPERATION, request, options, stream=stream)
