# Generated from the OpenRouter OpenAPI spec (sendChatCompletionRequest) by `python -m codegen`; do not edit.
"""Create a chat completion: ``POST /chat/completions``.

Sends a request for a model response for the given chat conversation. Supports both streaming
and non-streaming modes.

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
from openrouter_core.models.anthropic_cache_control_directive import AnthropicCacheControlDirective
from openrouter_core.models.chat_debug_options import ChatDebugOptions
from openrouter_core.models.chat_function_tool import ChatFunctionTool
from openrouter_core.models.chat_messages import ChatMessages
from openrouter_core.models.chat_request import (
    ChatRequestPlugins,
    ChatRequestReasoning,
    ChatRequestResponseFormat,
    ChatRequestStop,
)
from openrouter_core.models.chat_result import ChatResult
from openrouter_core.models.chat_stream_chunk import ChatStreamChunk
from openrouter_core.models.chat_stream_options import ChatStreamOptions
from openrouter_core.models.chat_tool_choice import ChatToolChoice
from openrouter_core.models.image_config import ImageConfigValue
from openrouter_core.models.prediction import Prediction
from openrouter_core.models.prompt_cache_options import PromptCacheOptions
from openrouter_core.models.provider_preferences import ProviderPreferences
from openrouter_core.models.stop_server_tools_when_condition import StopServerToolsWhenCondition
from openrouter_core.models.trace_config import TraceConfig

if TYPE_CHECKING:
    from typing_extensions import NotRequired, Required

    from openrouter_core.streams import AsyncEventStream, EventStream

__all__ = [
    "ChatResult",
    "SendChatCompletionRequestDict",
    "SendChatCompletionRequestError",
    "SendChatCompletionRequestRequest",
    "SendChatCompletionRequestStreamingDict",
    "chat_send",
    "chat_send_async",
]


@attrs.frozen(kw_only=True)
class SendChatCompletionRequestRequest:
    """The parameters and JSON body of ``POST /chat/completions``."""

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
    debug: ChatDebugOptions | None = None
    frequency_penalty: float | Unset | None = UNSET
    """Frequency penalty (-2.0 to 2.0)."""
    image_config: dict[str, ImageConfigValue] | None = None
    """Provider-specific image configuration options."""
    logit_bias: dict[str, float] | Unset | None = UNSET
    """Token logit bias adjustments."""
    logprobs: bool | Unset | None = UNSET
    """Return log probabilities."""
    max_completion_tokens: int | Unset | None = UNSET
    """Maximum tokens in completion."""
    max_tokens: int | Unset | None = UNSET
    """Maximum tokens (deprecated, use max_completion_tokens)."""
    messages: list[ChatMessages]
    """List of messages for the conversation."""
    metadata: dict[str, str] | None = None
    """Key-value pairs for additional object information (max 16 pairs, 64 char keys, 512 char values)."""
    min_p: float | Unset | None = UNSET
    """Minimum probability threshold relative to the most likely token."""
    modalities: list[str] | None = None
    """Output modalities for the response."""
    model: str | None = None
    """Model to use for completion."""
    models: list[str] | None = None
    """Models to use for completion."""
    parallel_tool_calls: bool | Unset | None = UNSET
    """Whether to enable parallel function calling during tool use."""
    plugins: list[ChatRequestPlugins] | None = None
    """Plugins you want to enable for this request, including their settings."""
    prediction: Prediction | Unset | None = UNSET
    presence_penalty: float | Unset | None = UNSET
    """Presence penalty (-2.0 to 2.0)."""
    prompt_cache_key: str | Unset | None = UNSET
    prompt_cache_options: PromptCacheOptions | Unset | None = UNSET
    provider: ProviderPreferences | Unset | None = UNSET
    reasoning: ChatRequestReasoning | None = None
    """Configuration options for reasoning models."""
    reasoning_effort: str | Unset | None = UNSET
    """Shorthand for setting reasoning effort. Known values: ``"max"``, ``"xhigh"``, ``"high"``, ``"medium"``, ``"low"``, ``"minimal"``, ``"none"``."""
    repetition_penalty: float | Unset | None = UNSET
    """Penalizes tokens based on how much they have already appeared in the text."""
    response_format: ChatRequestResponseFormat | None = None
    """Response format configuration."""
    route: str | Unset | None = UNSET
    """**DEPRECATED** Use providers.sort.partition instead. Known values: :class:`DeprecatedRoute`."""
    seed: int | Unset | None = UNSET
    """Random seed for deterministic outputs."""
    service_tier: str | Unset | None = UNSET
    """The service tier to use for processing this request. Known values: ``"auto"``, ``"default"``, ``"fast"``, ``"flex"``, ``"priority"``, ``"scale"``."""
    session_id: str | None = None
    """A unique identifier for grouping related requests (e.g., a conversation or agent workflow)."""
    stop: ChatRequestStop | Unset | None = UNSET
    """Stop sequences (up to 4)."""
    stop_server_tools_when: list[StopServerToolsWhenCondition] | None = None
    """Stop conditions for the server-tool agent loop."""
    stream: bool | None = None
    """Enable streaming response."""
    stream_options: ChatStreamOptions | Unset | None = UNSET
    temperature: float | Unset | None = UNSET
    """Sampling temperature (0-2)."""
    tool_choice: ChatToolChoice | None = None
    tools: list[ChatFunctionTool] | None = None
    """Available tools for function calling."""
    top_a: float | Unset | None = UNSET
    """Consider only tokens with "sufficiently high" probabilities based on the probability of the most likely token."""
    top_k: int | Unset | None = UNSET
    """Limits the model to choose from the top K most likely tokens at each step."""
    top_logprobs: int | Unset | None = UNSET
    """Number of top log probabilities to return (0-20)."""
    top_p: float | Unset | None = UNSET
    """Nucleus sampling parameter (0-1)."""
    trace: TraceConfig | None = None
    user: str | None = None
    """Per-end-user identifier for abuse isolation."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields this SDK does not know yet, sent as they are."""


class SendChatCompletionRequestStreamingDict(TypedDict, total=False):
    """The request as a dict literal with ``stream: True``: the call returns a stream."""

    http_referer: Any
    app_title: Any
    app_categories: Any
    x_openrouter_metadata: Any
    cache_control: Any
    debug: Any
    frequency_penalty: Any
    image_config: Any
    logit_bias: Any
    logprobs: Any
    max_completion_tokens: Any
    max_tokens: Any
    messages: Any
    metadata: Any
    min_p: Any
    modalities: Any
    model: Any
    models: Any
    parallel_tool_calls: Any
    plugins: Any
    prediction: Any
    presence_penalty: Any
    prompt_cache_key: Any
    prompt_cache_options: Any
    provider: Any
    reasoning: Any
    reasoning_effort: Any
    repetition_penalty: Any
    response_format: Any
    route: Any
    seed: Any
    service_tier: Any
    session_id: Any
    stop: Any
    stop_server_tools_when: Any
    stream_options: Any
    temperature: Any
    tool_choice: Any
    tools: Any
    top_a: Any
    top_k: Any
    top_logprobs: Any
    top_p: Any
    trace: Any
    user: Any
    stream: Required[Literal[True]]


class SendChatCompletionRequestDict(TypedDict, total=False):
    """The request as a dict literal without ``stream: True``: the call returns the body."""

    http_referer: Any
    app_title: Any
    app_categories: Any
    x_openrouter_metadata: Any
    cache_control: Any
    debug: Any
    frequency_penalty: Any
    image_config: Any
    logit_bias: Any
    logprobs: Any
    max_completion_tokens: Any
    max_tokens: Any
    messages: Any
    metadata: Any
    min_p: Any
    modalities: Any
    model: Any
    models: Any
    parallel_tool_calls: Any
    plugins: Any
    prediction: Any
    presence_penalty: Any
    prompt_cache_key: Any
    prompt_cache_options: Any
    provider: Any
    reasoning: Any
    reasoning_effort: Any
    repetition_penalty: Any
    response_format: Any
    route: Any
    seed: Any
    service_tier: Any
    session_id: Any
    stop: Any
    stop_server_tools_when: Any
    stream_options: Any
    temperature: Any
    tool_choice: Any
    tools: Any
    top_a: Any
    top_k: Any
    top_logprobs: Any
    top_p: Any
    trace: Any
    user: Any
    stream: NotRequired[Literal[False]]


#: Any status with a named class (``OPERATION`` lists the ones documented here), then
#: the failures every call can have.
SendChatCompletionRequestError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[SendChatCompletionRequestRequest, ChatResult] = Operation(
    operation_id="sendChatCompletionRequest",
    method="POST",
    path="/chat/completions",
    request_type=SendChatCompletionRequestRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
        header("x_openrouter_metadata", "X-OpenRouter-Metadata"),
    ),
    body=JSON_BODY,
    responses=(
        ok(200, ChatResult),
        ok_events(200, ChatStreamChunk),
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
def chat_send(
    core: OpenRouterCore,
    request: SendChatCompletionRequestStreamingDict,
    *,
    stream: None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[EventStream[ChatStreamChunk], SendChatCompletionRequestError]: ...


@overload
def chat_send(
    core: OpenRouterCore,
    request: SendChatCompletionRequestDict,
    *,
    stream: None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ChatResult, SendChatCompletionRequestError]: ...


@overload
def chat_send(
    core: OpenRouterCore,
    request: SendChatCompletionRequestRequest | Mapping[str, Any],
    *,
    stream: Literal[True],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[EventStream[ChatStreamChunk], SendChatCompletionRequestError]: ...


@overload
def chat_send(
    core: OpenRouterCore,
    request: SendChatCompletionRequestRequest | Mapping[str, Any],
    *,
    stream: Literal[False],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ChatResult, SendChatCompletionRequestError]: ...


@overload
def chat_send(
    core: OpenRouterCore,
    request: SendChatCompletionRequestRequest | Mapping[str, Any],
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> (
    Result[ChatResult, SendChatCompletionRequestError]
    | Result[EventStream[ChatStreamChunk], SendChatCompletionRequestError]
): ...


def chat_send(
    core: OpenRouterCore,
    request: SendChatCompletionRequestRequest | Mapping[str, Any],
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> (
    Result[ChatResult, SendChatCompletionRequestError]
    | Result[EventStream[ChatStreamChunk], SendChatCompletionRequestError]
):
    """Sends a request for a model response for the given chat conversation.

    With ``stream=True`` (or ``stream: True`` in the request) the result holds a
    stream of ``Result[ChatStreamChunk, Error]`` items; use it in a ``with`` block.
    """
    return invoke(core, OPERATION, request, options, stream=stream)


@overload
async def chat_send_async(
    core: OpenRouterCore,
    request: SendChatCompletionRequestStreamingDict,
    *,
    stream: None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[AsyncEventStream[ChatStreamChunk], SendChatCompletionRequestError]: ...


@overload
async def chat_send_async(
    core: OpenRouterCore,
    request: SendChatCompletionRequestDict,
    *,
    stream: None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ChatResult, SendChatCompletionRequestError]: ...


@overload
async def chat_send_async(
    core: OpenRouterCore,
    request: SendChatCompletionRequestRequest | Mapping[str, Any],
    *,
    stream: Literal[True],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[AsyncEventStream[ChatStreamChunk], SendChatCompletionRequestError]: ...


@overload
async def chat_send_async(
    core: OpenRouterCore,
    request: SendChatCompletionRequestRequest | Mapping[str, Any],
    *,
    stream: Literal[False],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ChatResult, SendChatCompletionRequestError]: ...


@overload
async def chat_send_async(
    core: OpenRouterCore,
    request: SendChatCompletionRequestRequest | Mapping[str, Any],
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> (
    Result[ChatResult, SendChatCompletionRequestError]
    | Result[AsyncEventStream[ChatStreamChunk], SendChatCompletionRequestError]
): ...


async def chat_send_async(
    core: OpenRouterCore,
    request: SendChatCompletionRequestRequest | Mapping[str, Any],
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> (
    Result[ChatResult, SendChatCompletionRequestError]
    | Result[AsyncEventStream[ChatStreamChunk], SendChatCompletionRequestError]
):
    """Sends a request for a model response for the given chat conversation.

    With ``stream=True`` (or ``stream: True`` in the request) the result holds a
    stream of ``Result[ChatStreamChunk, Error]`` items; use it in a ``with`` block.
    """
    return await invoke_async(core, OPERATION, request, options, stream=stream)
