# Generated from the OpenRouter OpenAPI spec (sendChatCompletionRequest) by `python -m codegen`; do not edit.
"""Create a chat completion: ``POST /chat/completions``.

Sends a request for a model response for the given chat conversation. Supports both streaming
and non-streaming modes.

Streams: ``chat_send(core, request, stream=True)`` (or ``"stream": True`` in a dict request)
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
    ForbiddenResponseError,
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
    UnprocessableEntityResponseError,
)
from openrouter_core.models.chat_request import ChatRequest
from openrouter_core.models.chat_result import ChatResult
from openrouter_core.models.chat_stream_chunk import ChatStreamChunk
from openrouter_core.streams import AsyncEventStream, EventStream

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.anthropic_cache_control_directive import (
        AnthropicCacheControlDirectiveDict,
    )
    from openrouter_core.dicts.chat_debug_options import ChatDebugOptionsDict
    from openrouter_core.dicts.chat_function_tool import ChatFunctionToolDict
    from openrouter_core.dicts.chat_messages import ChatMessagesDict
    from openrouter_core.dicts.chat_request import (
        ChatRequestPluginsDict,
        ChatRequestReasoningDict,
        ChatRequestResponseFormatDict,
        ChatRequestStopDict,
    )
    from openrouter_core.dicts.chat_stream_options import ChatStreamOptionsDict
    from openrouter_core.dicts.chat_tool_choice import ChatToolChoiceDict
    from openrouter_core.dicts.image_config import ImageConfigValueDict
    from openrouter_core.dicts.prediction import PredictionDict
    from openrouter_core.dicts.prompt_cache_options import PromptCacheOptionsDict
    from openrouter_core.dicts.provider_preferences import ProviderPreferencesDict
    from openrouter_core.dicts.stop_server_tools_when_condition import (
        StopServerToolsWhenConditionDict,
    )
    from openrouter_core.dicts.trace_config import TraceConfigDict

__all__ = [
    "ChatRequest",
    "ChatResult",
    "ChatSendError",
    "ChatSendRequest",
    "ChatSendRequestDict",
    "ChatSendStreamingRequestDict",
    "chat_send",
    "chat_send_async",
]


@attrs.frozen(kw_only=True)
class ChatSendRequest:
    """The parameters and JSON body of ``POST /chat/completions``.

    - ``body`` (ChatRequest): the JSON body; its fields are listed in ``help(chat_send)``.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    - ``x_openrouter_metadata`` (str, optional): Opt-in to surface routing metadata on the
      response under `openrouter_metadata`.
    """

    body: ChatRequest
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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        body: ChatRequest,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
        x_openrouter_metadata: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("body", body)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)
        _setattr("x_openrouter_metadata", x_openrouter_metadata)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"body={self.body!r}, "
            f"http_referer={self.http_referer!r}, "
            f"app_title={self.app_title!r}, "
            f"app_categories={self.app_categories!r}, "
            f"x_openrouter_metadata={self.x_openrouter_metadata!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.body,
            self.http_referer,
            self.app_title,
            self.app_categories,
            self.x_openrouter_metadata,
        ) == (
            other.body,
            other.http_referer,
            other.app_title,
            other.app_categories,
            other.x_openrouter_metadata,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ChatSendRequest",
                self.body,
                self.http_referer,
                self.app_title,
                self.app_categories,
                self.x_openrouter_metadata,
            )
        )

    # --- end of attrs methods ---


class ChatSendStreamingRequestDict(TypedDict, total=False):
    """The request as a dict literal with ``stream: True``: the call returns a stream."""

    http_referer: str
    app_title: str
    app_categories: str
    x_openrouter_metadata: str
    cache_control: AnthropicCacheControlDirectiveDict | None
    debug: ChatDebugOptionsDict | None
    frequency_penalty: float | None
    image_config: dict[str, ImageConfigValueDict] | None
    logit_bias: dict[str, float] | None
    logprobs: bool | None
    max_completion_tokens: int | None
    max_tokens: int | None
    messages: Required[list[ChatMessagesDict]]
    metadata: dict[str, str] | None
    min_p: float | None
    modalities: list[str] | None
    model: str | None
    models: list[str] | None
    parallel_tool_calls: bool | None
    plugins: list[ChatRequestPluginsDict] | None
    prediction: PredictionDict | None
    presence_penalty: float | None
    prompt_cache_key: str | None
    prompt_cache_options: PromptCacheOptionsDict | None
    provider: ProviderPreferencesDict | None
    reasoning: ChatRequestReasoningDict | None
    reasoning_effort: (
        Literal["max", "xhigh", "high", "medium", "low", "minimal", "none"] | str | None
    )
    repetition_penalty: float | None
    response_format: ChatRequestResponseFormatDict | None
    route: Literal["fallback", "sort"] | str | None
    seed: int | None
    service_tier: Literal["auto", "default", "fast", "flex", "priority", "scale"] | str | None
    session_id: str | None
    stop: ChatRequestStopDict | None
    stop_server_tools_when: list[StopServerToolsWhenConditionDict] | None
    stream_options: ChatStreamOptionsDict | None
    temperature: float | None
    tool_choice: ChatToolChoiceDict | None
    tools: list[ChatFunctionToolDict] | None
    top_a: float | None
    top_k: int | None
    top_logprobs: int | None
    top_p: float | None
    trace: TraceConfigDict | None
    user: str | None
    extra_fields: dict[str, Any]
    stream: Required[Literal[True]]


class ChatSendRequestDict(TypedDict, total=False):
    """The request as a dict literal without ``stream: True``: the call returns the body."""

    http_referer: str
    app_title: str
    app_categories: str
    x_openrouter_metadata: str
    cache_control: AnthropicCacheControlDirectiveDict | None
    debug: ChatDebugOptionsDict | None
    frequency_penalty: float | None
    image_config: dict[str, ImageConfigValueDict] | None
    logit_bias: dict[str, float] | None
    logprobs: bool | None
    max_completion_tokens: int | None
    max_tokens: int | None
    messages: Required[list[ChatMessagesDict]]
    metadata: dict[str, str] | None
    min_p: float | None
    modalities: list[str] | None
    model: str | None
    models: list[str] | None
    parallel_tool_calls: bool | None
    plugins: list[ChatRequestPluginsDict] | None
    prediction: PredictionDict | None
    presence_penalty: float | None
    prompt_cache_key: str | None
    prompt_cache_options: PromptCacheOptionsDict | None
    provider: ProviderPreferencesDict | None
    reasoning: ChatRequestReasoningDict | None
    reasoning_effort: (
        Literal["max", "xhigh", "high", "medium", "low", "minimal", "none"] | str | None
    )
    repetition_penalty: float | None
    response_format: ChatRequestResponseFormatDict | None
    route: Literal["fallback", "sort"] | str | None
    seed: int | None
    service_tier: Literal["auto", "default", "fast", "flex", "priority", "scale"] | str | None
    session_id: str | None
    stop: ChatRequestStopDict | None
    stop_server_tools_when: list[StopServerToolsWhenConditionDict] | None
    stream_options: ChatStreamOptionsDict | None
    temperature: float | None
    tool_choice: ChatToolChoiceDict | None
    tools: list[ChatFunctionToolDict] | None
    top_a: float | None
    top_k: int | None
    top_logprobs: int | None
    top_p: float | None
    trace: TraceConfigDict | None
    user: str | None
    extra_fields: dict[str, Any]
    stream: Literal[False]


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
ChatSendError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[ChatSendRequest, ChatResult] = Operation(
    operation_id="sendChatCompletionRequest",
    method="POST",
    path="/chat/completions",
    request_type=ChatSendRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
        header("x_openrouter_metadata", "X-OpenRouter-Metadata"),
    ),
    body=json_body(ChatRequest),
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
    request: ChatSendStreamingRequestDict,
    *,
    stream: None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[EventStream[ChatStreamChunk], ChatSendError]: ...


@overload
def chat_send(
    core: OpenRouterCore,
    request: ChatSendRequest | ChatSendRequestDict,
    *,
    stream: None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ChatResult, ChatSendError]: ...


@overload
def chat_send(
    core: OpenRouterCore,
    request: ChatSendRequest | ChatSendRequestDict | ChatSendStreamingRequestDict,
    *,
    stream: Literal[True],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[EventStream[ChatStreamChunk], ChatSendError]: ...


@overload
def chat_send(
    core: OpenRouterCore,
    request: ChatSendRequest | ChatSendRequestDict | ChatSendStreamingRequestDict,
    *,
    stream: Literal[False],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ChatResult, ChatSendError]: ...


@overload
def chat_send(
    core: OpenRouterCore,
    request: ChatSendRequest | ChatSendRequestDict | ChatSendStreamingRequestDict,
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ChatResult, ChatSendError] | Result[EventStream[ChatStreamChunk], ChatSendError]: ...


def chat_send(
    core: OpenRouterCore,
    request: ChatSendRequest | ChatSendRequestDict | ChatSendStreamingRequestDict,
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ChatResult, ChatSendError] | Result[EventStream[ChatStreamChunk], ChatSendError]:
    """Sends a request for a model response for the given chat conversation.

    ``POST /chat/completions``: Create a chat completion.

    Supports both streaming and non-streaming modes.

    Streams: with ``stream=True`` (or ``"stream": True`` in a dict request) the result holds
    an event stream, ``EventStream[ChatStreamChunk]``, whose items are ``Result`` values;
    use it in a ``with`` block. Otherwise the whole body comes back.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``ChatSendRequest`` or a dict with these keys:

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``x_openrouter_metadata`` (str): Opt-in to surface routing metadata on the
              response under `openrouter_metadata`.
            - ``cache_control`` (AnthropicCacheControlDirective)
            - ``debug`` (ChatDebugOptions)
            - ``frequency_penalty`` (float): Frequency penalty (-2.0 to 2.0).
            - ``image_config`` (dict[str, ImageConfigValue]): Provider-specific image
              configuration options.
            - ``logit_bias`` (dict[str, float]): Token logit bias adjustments.
            - ``logprobs`` (bool): Return log probabilities.
            - ``max_completion_tokens`` (int): Maximum tokens in completion.
            - ``max_tokens`` (int): Maximum tokens (deprecated, use max_completion_tokens).
            - ``messages`` (list[ChatMessages], required): List of messages for the
              conversation.
            - ``metadata`` (dict[str, str]): Key-value pairs for additional object
              information (max 16 pairs, 64 char keys, 512 char values).
            - ``min_p`` (float): Minimum probability threshold relative to the most likely
              token.
            - ``modalities`` (list[str]): Output modalities for the response.
            - ``model`` (str): Model to use for completion.
            - ``models`` (list[str]): Models to use for completion.
            - ``parallel_tool_calls`` (bool): Whether to enable parallel function calling
              during tool use.
            - ``plugins`` (list[ChatRequestPlugins]): Plugins you want to enable for this
              request, including their settings.
            - ``prediction`` (Prediction)
            - ``presence_penalty`` (float): Presence penalty (-2.0 to 2.0).
            - ``prompt_cache_key`` (str)
            - ``prompt_cache_options`` (PromptCacheOptions)
            - ``provider`` (ProviderPreferences)
            - ``reasoning`` (ChatRequestReasoning): Configuration options for reasoning
              models.
            - ``reasoning_effort`` (str): Shorthand for setting reasoning effort. Known
              values: ``"max"``, ``"xhigh"``, ``"high"``, ``"medium"``, ``"low"``,
              ``"minimal"``, ``"none"``.
            - ``repetition_penalty`` (float): Penalizes tokens based on how much they have
              already appeared in the text.
            - ``response_format`` (ChatRequestResponseFormat): Response format
              configuration.
            - ``route`` (str): **DEPRECATED** Use providers.sort.partition instead. Known
              values: :class:`DeprecatedRoute`.
            - ``seed`` (int): Random seed for deterministic outputs.
            - ``service_tier`` (str): The service tier to use for processing this request.
              Known values: ``"auto"``, ``"default"``, ``"fast"``, ``"flex"``,
              ``"priority"``, ``"scale"``.
            - ``session_id`` (str): A unique identifier for grouping related requests (e.g.,
              a conversation or agent workflow).
            - ``stop`` (ChatRequestStop): Stop sequences (up to 4).
            - ``stop_server_tools_when`` (list[StopServerToolsWhenCondition]): Stop
              conditions for the server-tool agent loop.
            - ``stream`` (bool): Enable streaming response.
            - ``stream_options`` (ChatStreamOptions)
            - ``temperature`` (float): Sampling temperature (0-2).
            - ``tool_choice`` (ChatToolChoice)
            - ``tools`` (list[ChatFunctionTool]): Available tools for function calling.
            - ``top_a`` (float): Consider only tokens with "sufficiently high" probabilities
              based on the probability of the most likely token.
            - ``top_k`` (int): Limits the model to choose from the top K most likely tokens
              at each step.
            - ``top_logprobs`` (int): Number of top log probabilities to return (0-20).
            - ``top_p`` (float): Nucleus sampling parameter (0-1).
            - ``trace`` (TraceConfig)
            - ``user`` (str): Per-end-user identifier for abuse isolation.
            The class takes the body as ``body=ChatRequest(...)``; keys it does not know go
            in ``extra_fields``.
        stream: ``True`` for a stream of events, ``False`` for the whole body.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(ChatResult)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 402: ``PaymentRequiredResponseError``
        - 403: ``ForbiddenResponseError``
        - 404: ``NotFoundResponseError``
        - 408: ``RequestTimeoutResponseError``
        - 413: ``PayloadTooLargeResponseError``
        - 422: ``UnprocessableEntityResponseError``
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

        from openrouter_funcs import chat_send

        result = chat_send(core, {
            "messages": [
                {"content": "You are a helpful assistant.", "role": "system"},
                {"content": "What is the capital of France?", "role": "user"},
            ],
        })
    """
    return invoke(core, OPERATION, request, options, stream=stream)


@overload
async def chat_send_async(
    core: OpenRouterCore,
    request: ChatSendStreamingRequestDict,
    *,
    stream: None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[AsyncEventStream[ChatStreamChunk], ChatSendError]: ...


@overload
async def chat_send_async(
    core: OpenRouterCore,
    request: ChatSendRequest | ChatSendRequestDict,
    *,
    stream: None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ChatResult, ChatSendError]: ...


@overload
async def chat_send_async(
    core: OpenRouterCore,
    request: ChatSendRequest | ChatSendRequestDict | ChatSendStreamingRequestDict,
    *,
    stream: Literal[True],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[AsyncEventStream[ChatStreamChunk], ChatSendError]: ...


@overload
async def chat_send_async(
    core: OpenRouterCore,
    request: ChatSendRequest | ChatSendRequestDict | ChatSendStreamingRequestDict,
    *,
    stream: Literal[False],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ChatResult, ChatSendError]: ...


@overload
async def chat_send_async(
    core: OpenRouterCore,
    request: ChatSendRequest | ChatSendRequestDict | ChatSendStreamingRequestDict,
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> (
    Result[ChatResult, ChatSendError] | Result[AsyncEventStream[ChatStreamChunk], ChatSendError]
): ...


async def chat_send_async(
    core: OpenRouterCore,
    request: ChatSendRequest | ChatSendRequestDict | ChatSendStreamingRequestDict,
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ChatResult, ChatSendError] | Result[AsyncEventStream[ChatStreamChunk], ChatSendError]:
    """Sends a request for a model response for the given chat conversation.

    ``POST /chat/completions``: Create a chat completion.

    Supports both streaming and non-streaming modes.

    Streams: with ``stream=True`` (or ``"stream": True`` in a dict request) the result holds
    an event stream, ``AsyncEventStream[ChatStreamChunk]``, whose items are ``Result``
    values; use it in a ``async with`` block. Otherwise the whole body comes back.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``ChatSendRequest`` or a dict with these keys:

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``x_openrouter_metadata`` (str): Opt-in to surface routing metadata on the
              response under `openrouter_metadata`.
            - ``cache_control`` (AnthropicCacheControlDirective)
            - ``debug`` (ChatDebugOptions)
            - ``frequency_penalty`` (float): Frequency penalty (-2.0 to 2.0).
            - ``image_config`` (dict[str, ImageConfigValue]): Provider-specific image
              configuration options.
            - ``logit_bias`` (dict[str, float]): Token logit bias adjustments.
            - ``logprobs`` (bool): Return log probabilities.
            - ``max_completion_tokens`` (int): Maximum tokens in completion.
            - ``max_tokens`` (int): Maximum tokens (deprecated, use max_completion_tokens).
            - ``messages`` (list[ChatMessages], required): List of messages for the
              conversation.
            - ``metadata`` (dict[str, str]): Key-value pairs for additional object
              information (max 16 pairs, 64 char keys, 512 char values).
            - ``min_p`` (float): Minimum probability threshold relative to the most likely
              token.
            - ``modalities`` (list[str]): Output modalities for the response.
            - ``model`` (str): Model to use for completion.
            - ``models`` (list[str]): Models to use for completion.
            - ``parallel_tool_calls`` (bool): Whether to enable parallel function calling
              during tool use.
            - ``plugins`` (list[ChatRequestPlugins]): Plugins you want to enable for this
              request, including their settings.
            - ``prediction`` (Prediction)
            - ``presence_penalty`` (float): Presence penalty (-2.0 to 2.0).
            - ``prompt_cache_key`` (str)
            - ``prompt_cache_options`` (PromptCacheOptions)
            - ``provider`` (ProviderPreferences)
            - ``reasoning`` (ChatRequestReasoning): Configuration options for reasoning
              models.
            - ``reasoning_effort`` (str): Shorthand for setting reasoning effort. Known
              values: ``"max"``, ``"xhigh"``, ``"high"``, ``"medium"``, ``"low"``,
              ``"minimal"``, ``"none"``.
            - ``repetition_penalty`` (float): Penalizes tokens based on how much they have
              already appeared in the text.
            - ``response_format`` (ChatRequestResponseFormat): Response format
              configuration.
            - ``route`` (str): **DEPRECATED** Use providers.sort.partition instead. Known
              values: :class:`DeprecatedRoute`.
            - ``seed`` (int): Random seed for deterministic outputs.
            - ``service_tier`` (str): The service tier to use for processing this request.
              Known values: ``"auto"``, ``"default"``, ``"fast"``, ``"flex"``,
              ``"priority"``, ``"scale"``.
            - ``session_id`` (str): A unique identifier for grouping related requests (e.g.,
              a conversation or agent workflow).
            - ``stop`` (ChatRequestStop): Stop sequences (up to 4).
            - ``stop_server_tools_when`` (list[StopServerToolsWhenCondition]): Stop
              conditions for the server-tool agent loop.
            - ``stream`` (bool): Enable streaming response.
            - ``stream_options`` (ChatStreamOptions)
            - ``temperature`` (float): Sampling temperature (0-2).
            - ``tool_choice`` (ChatToolChoice)
            - ``tools`` (list[ChatFunctionTool]): Available tools for function calling.
            - ``top_a`` (float): Consider only tokens with "sufficiently high" probabilities
              based on the probability of the most likely token.
            - ``top_k`` (int): Limits the model to choose from the top K most likely tokens
              at each step.
            - ``top_logprobs`` (int): Number of top log probabilities to return (0-20).
            - ``top_p`` (float): Nucleus sampling parameter (0-1).
            - ``trace`` (TraceConfig)
            - ``user`` (str): Per-end-user identifier for abuse isolation.
            The class takes the body as ``body=ChatRequest(...)``; keys it does not know go
            in ``extra_fields``.
        stream: ``True`` for a stream of events, ``False`` for the whole body.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(ChatResult)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 402: ``PaymentRequiredResponseError``
        - 403: ``ForbiddenResponseError``
        - 404: ``NotFoundResponseError``
        - 408: ``RequestTimeoutResponseError``
        - 413: ``PayloadTooLargeResponseError``
        - 422: ``UnprocessableEntityResponseError``
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

        from openrouter_funcs import chat_send_async

        result = await chat_send_async(core, {
            "messages": [
                {"content": "You are a helpful assistant.", "role": "system"},
                {"content": "What is the capital of France?", "role": "user"},
            ],
        })
    """
    return await invoke_async(core, OPERATION, request, options, stream=stream)
