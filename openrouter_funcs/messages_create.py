# Generated from the OpenRouter OpenAPI spec (createMessages) by `python -m codegen`; do not edit.
"""Create a message: ``POST /messages``.

Creates a message using the Anthropic Messages API format. Supports text, images, PDFs, tools,
and extended thinking.

Error bodies of the statuses documented here follow this endpoint's own format: ``err.data``
holds a parsed ``AnthropicMessagesErrorResponse``, not the body its class names elsewhere.

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
from openrouter_core.models.anthropic_cache_control_directive import AnthropicCacheControlDirective
from openrouter_core.models.anthropic_messages_error_response import AnthropicMessagesErrorResponse
from openrouter_core.models.messages_fallback_param import MessagesFallbackParam
from openrouter_core.models.messages_message_param import MessagesMessageParam
from openrouter_core.models.messages_output_config import MessagesOutputConfig
from openrouter_core.models.messages_request import (
    MessagesRequestContextManagement,
    MessagesRequestMetadata,
    MessagesRequestPlugins,
    MessagesRequestSystem,
    MessagesRequestThinking,
    MessagesRequestToolChoice,
    MessagesRequestTools,
)
from openrouter_core.models.messages_result import MessagesResult
from openrouter_core.models.messages_stream_events import MessagesStreamEvents
from openrouter_core.models.provider_preferences import ProviderPreferences
from openrouter_core.models.stop_server_tools_when_condition import StopServerToolsWhenCondition
from openrouter_core.models.trace_config import TraceConfig

if TYPE_CHECKING:
    from typing_extensions import NotRequired, Required

    from openrouter_core.streams import AsyncEventStream, EventStream

__all__ = [
    "CreateMessagesDict",
    "CreateMessagesError",
    "CreateMessagesRequest",
    "CreateMessagesStreamingDict",
    "MessagesResult",
    "messages_create",
    "messages_create_async",
]


@attrs.frozen(kw_only=True)
class CreateMessagesRequest:
    """The parameters and JSON body of ``POST /messages``."""

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
    cache_control: AnthropicCacheControlDirective | None = None
    context_management: MessagesRequestContextManagement | Unset | None = UNSET
    fallbacks: list[MessagesFallbackParam] | Unset | None = UNSET
    """Fallback models to try if the primary model fails or refuses, in order."""
    max_tokens: int | None = None
    messages: list[MessagesMessageParam] | None
    metadata: MessagesRequestMetadata | None = None
    model: str
    models: list[str] | None = None
    output_config: MessagesOutputConfig | None = None
    plugins: list[MessagesRequestPlugins] | None = None
    """Plugins you want to enable for this request, including their settings."""
    provider: ProviderPreferences | Unset | None = UNSET
    route: str | Unset | None = UNSET
    """**DEPRECATED** Use providers.sort.partition instead. Known values: :class:`DeprecatedRoute`."""
    service_tier: str | None = None
    session_id: str | None = None
    """A unique identifier for grouping related requests (e.g., a conversation or agent workflow)."""
    speed: str | Unset | None = UNSET
    """Controls output generation speed. Known values: :class:`AnthropicSpeed`."""
    stop_sequences: list[str] | None = None
    stop_server_tools_when: list[StopServerToolsWhenCondition] | None = None
    """Stop conditions for the server-tool agent loop."""
    stream: bool | None = None
    system: MessagesRequestSystem | None = None
    temperature: float | None = None
    thinking: MessagesRequestThinking | None = None
    tool_choice: MessagesRequestToolChoice | None = None
    tools: list[MessagesRequestTools] | None = None
    top_k: int | None = None
    top_p: float | None = None
    trace: TraceConfig | None = None
    user: str | None = None
    """A unique identifier representing your end-user, which helps distinguish between different users of your app."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields this SDK does not know yet, sent as they are."""


class CreateMessagesStreamingDict(TypedDict, total=False):
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


class CreateMessagesDict(TypedDict, total=False):
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


#: Any status with a named class (``OPERATION`` lists the ones documented here), then
#: the failures every call can have.
CreateMessagesError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[CreateMessagesRequest, MessagesResult] = Operation(
    operation_id="createMessages",
    method="POST",
    path="/messages",
    request_type=CreateMessagesRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
        header("x_openrouter_metadata", "X-OpenRouter-Metadata"),
    ),
    body=JSON_BODY,
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
    request: CreateMessagesStreamingDict,
    *,
    stream: None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[EventStream[MessagesStreamEvents], CreateMessagesError]: ...


@overload
def messages_create(
    core: OpenRouterCore,
    request: CreateMessagesDict,
    *,
    stream: None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[MessagesResult, CreateMessagesError]: ...


@overload
def messages_create(
    core: OpenRouterCore,
    request: CreateMessagesRequest | Mapping[str, Any],
    *,
    stream: Literal[True],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[EventStream[MessagesStreamEvents], CreateMessagesError]: ...


@overload
def messages_create(
    core: OpenRouterCore,
    request: CreateMessagesRequest | Mapping[str, Any],
    *,
    stream: Literal[False],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[MessagesResult, CreateMessagesError]: ...


@overload
def messages_create(
    core: OpenRouterCore,
    request: CreateMessagesRequest | Mapping[str, Any],
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> (
    Result[MessagesResult, CreateMessagesError]
    | Result[EventStream[MessagesStreamEvents], CreateMessagesError]
): ...


def messages_create(
    core: OpenRouterCore,
    request: CreateMessagesRequest | Mapping[str, Any],
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> (
    Result[MessagesResult, CreateMessagesError]
    | Result[EventStream[MessagesStreamEvents], CreateMessagesError]
):
    """Creates a message using the Anthropic Messages API format.

    With ``stream=True`` (or ``stream: True`` in the request) the result holds a
    stream of ``Result[MessagesStreamEvents, Error]`` items; use it in a ``with`` block.
    """
    return invoke(core, OPERATION, request, options, stream=stream)


@overload
async def messages_create_async(
    core: OpenRouterCore,
    request: CreateMessagesStreamingDict,
    *,
    stream: None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[AsyncEventStream[MessagesStreamEvents], CreateMessagesError]: ...


@overload
async def messages_create_async(
    core: OpenRouterCore,
    request: CreateMessagesDict,
    *,
    stream: None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[MessagesResult, CreateMessagesError]: ...


@overload
async def messages_create_async(
    core: OpenRouterCore,
    request: CreateMessagesRequest | Mapping[str, Any],
    *,
    stream: Literal[True],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[AsyncEventStream[MessagesStreamEvents], CreateMessagesError]: ...


@overload
async def messages_create_async(
    core: OpenRouterCore,
    request: CreateMessagesRequest | Mapping[str, Any],
    *,
    stream: Literal[False],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[MessagesResult, CreateMessagesError]: ...


@overload
async def messages_create_async(
    core: OpenRouterCore,
    request: CreateMessagesRequest | Mapping[str, Any],
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> (
    Result[MessagesResult, CreateMessagesError]
    | Result[AsyncEventStream[MessagesStreamEvents], CreateMessagesError]
): ...


async def messages_create_async(
    core: OpenRouterCore,
    request: CreateMessagesRequest | Mapping[str, Any],
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> (
    Result[MessagesResult, CreateMessagesError]
    | Result[AsyncEventStream[MessagesStreamEvents], CreateMessagesError]
):
    """Creates a message using the Anthropic Messages API format.

    With ``stream=True`` (or ``stream: True`` in the request) the result holds a
    stream of ``Result[MessagesStreamEvents, Error]`` items; use it in a ``with`` block.
    """
    return await invoke_async(core, OPERATION, request, options, stream=stream)
