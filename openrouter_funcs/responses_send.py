# Generated from the OpenRouter OpenAPI spec (createResponses) by `python -m codegen`; do not edit.
"""Create a response: ``POST /responses``.

Creates a streaming or non-streaming response using OpenResponses API format

Streams: ``responses_send(core, request, stream=True)`` (or ``"stream": True`` in a dict
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
from openrouter_core.models.open_responses_result import OpenResponsesResult
from openrouter_core.models.responses_request import ResponsesRequest
from openrouter_core.models.stream_events import StreamEvents
from openrouter_core.streams import AsyncEventStream, EventStream

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.anthropic_cache_control_directive import (
        AnthropicCacheControlDirectiveDict,
    )
    from openrouter_core.dicts.chat_debug_options import ChatDebugOptionsDict
    from openrouter_core.dicts.image_config import ImageConfigValueDict
    from openrouter_core.dicts.inputs import InputsDict
    from openrouter_core.dicts.openai_responses_tool_choice import OpenAIResponsesToolChoiceDict
    from openrouter_core.dicts.prompt_cache_options import PromptCacheOptionsDict
    from openrouter_core.dicts.provider_preferences import ProviderPreferencesDict
    from openrouter_core.dicts.reasoning_config import ReasoningConfigDict
    from openrouter_core.dicts.responses_request import (
        ResponsesRequestPluginsDict,
        ResponsesRequestToolsDict,
    )
    from openrouter_core.dicts.stop_server_tools_when_condition import (
        StopServerToolsWhenConditionDict,
    )
    from openrouter_core.dicts.stored_prompt_template import StoredPromptTemplateDict
    from openrouter_core.dicts.text_extended_config import TextExtendedConfigDict
    from openrouter_core.dicts.trace_config import TraceConfigDict

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
    """The parameters and JSON body of ``POST /responses``.

    - ``body`` (ResponsesRequest): the JSON body; its fields are listed in
      ``help(responses_send)``.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    - ``x_openrouter_metadata`` (str, optional): Opt-in to surface routing metadata on the
      response under `openrouter_metadata`.
    """

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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        body: ResponsesRequest | attrs.NothingType = attrs.NOTHING,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
        x_openrouter_metadata: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("body", ResponsesRequest() if body is attrs.NOTHING else body)
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
                "ResponsesSendRequest",
                self.body,
                self.http_referer,
                self.app_title,
                self.app_categories,
                self.x_openrouter_metadata,
            )
        )

    # --- end of attrs methods ---


class ResponsesSendStreamingRequestDict(TypedDict, total=False):
    """The request as a dict literal with ``stream: True``: the call returns a stream."""

    http_referer: str
    app_title: str
    app_categories: str
    x_openrouter_metadata: str
    background: bool | None
    cache_control: AnthropicCacheControlDirectiveDict | None
    debug: ChatDebugOptionsDict | None
    frequency_penalty: float | None
    image_config: dict[str, ImageConfigValueDict] | None
    include: list[str] | None
    input: InputsDict | None
    instructions: str | None
    max_output_tokens: int | None
    max_tool_calls: int | None
    metadata: dict[str, str] | None
    modalities: list[str] | None
    model: str | None
    models: list[str] | None
    parallel_tool_calls: bool | None
    plugins: list[ResponsesRequestPluginsDict] | None
    presence_penalty: float | None
    previous_response_id: Any
    prompt: StoredPromptTemplateDict | None
    prompt_cache_key: str | None
    prompt_cache_options: PromptCacheOptionsDict | None
    provider: ProviderPreferencesDict | None
    reasoning: ReasoningConfigDict | None
    route: Literal["fallback", "sort"] | str | None
    safety_identifier: str | None
    service_tier: Literal["auto", "default", "fast", "flex", "priority", "scale"] | str | None
    session_id: str | None
    stop_server_tools_when: list[StopServerToolsWhenConditionDict] | None
    store: Literal[False]
    temperature: float | None
    text: TextExtendedConfigDict | None
    tool_choice: OpenAIResponsesToolChoiceDict | None
    tools: list[ResponsesRequestToolsDict] | None
    top_k: int | None
    top_logprobs: int | None
    top_p: float | None
    trace: TraceConfigDict | None
    truncation: Literal["auto", "disabled"] | str | None
    user: str | None
    extra_fields: dict[str, Any]
    stream: Required[Literal[True]]


class ResponsesSendRequestDict(TypedDict, total=False):
    """The request as a dict literal without ``stream: True``: the call returns the body."""

    http_referer: str
    app_title: str
    app_categories: str
    x_openrouter_metadata: str
    background: bool | None
    cache_control: AnthropicCacheControlDirectiveDict | None
    debug: ChatDebugOptionsDict | None
    frequency_penalty: float | None
    image_config: dict[str, ImageConfigValueDict] | None
    include: list[str] | None
    input: InputsDict | None
    instructions: str | None
    max_output_tokens: int | None
    max_tool_calls: int | None
    metadata: dict[str, str] | None
    modalities: list[str] | None
    model: str | None
    models: list[str] | None
    parallel_tool_calls: bool | None
    plugins: list[ResponsesRequestPluginsDict] | None
    presence_penalty: float | None
    previous_response_id: Any
    prompt: StoredPromptTemplateDict | None
    prompt_cache_key: str | None
    prompt_cache_options: PromptCacheOptionsDict | None
    provider: ProviderPreferencesDict | None
    reasoning: ReasoningConfigDict | None
    route: Literal["fallback", "sort"] | str | None
    safety_identifier: str | None
    service_tier: Literal["auto", "default", "fast", "flex", "priority", "scale"] | str | None
    session_id: str | None
    stop_server_tools_when: list[StopServerToolsWhenConditionDict] | None
    store: Literal[False]
    temperature: float | None
    text: TextExtendedConfigDict | None
    tool_choice: OpenAIResponsesToolChoiceDict | None
    tools: list[ResponsesRequestToolsDict] | None
    top_k: int | None
    top_logprobs: int | None
    top_p: float | None
    trace: TraceConfigDict | None
    truncation: Literal["auto", "disabled"] | str | None
    user: str | None
    extra_fields: dict[str, Any]
    stream: Literal[False]


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
ResponsesSendError: TypeAlias = OpenRouterBaseError

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
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[EventStream[StreamEvents], ResponsesSendError]: ...


@overload
def responses_send(
    core: OpenRouterCore,
    request: ResponsesSendRequest | ResponsesSendRequestDict | None = None,
    *,
    stream: None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[OpenResponsesResult, ResponsesSendError]: ...


@overload
def responses_send(
    core: OpenRouterCore,
    request: ResponsesSendRequest
    | ResponsesSendRequestDict
    | ResponsesSendStreamingRequestDict
    | None = None,
    *,
    stream: Literal[True],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[EventStream[StreamEvents], ResponsesSendError]: ...


@overload
def responses_send(
    core: OpenRouterCore,
    request: ResponsesSendRequest
    | ResponsesSendRequestDict
    | ResponsesSendStreamingRequestDict
    | None = None,
    *,
    stream: Literal[False],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[OpenResponsesResult, ResponsesSendError]: ...


@overload
def responses_send(
    core: OpenRouterCore,
    request: ResponsesSendRequest
    | ResponsesSendRequestDict
    | ResponsesSendStreamingRequestDict
    | None = None,
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> (
    Result[OpenResponsesResult, ResponsesSendError]
    | Result[EventStream[StreamEvents], ResponsesSendError]
): ...


def responses_send(
    core: OpenRouterCore,
    request: ResponsesSendRequest
    | ResponsesSendRequestDict
    | ResponsesSendStreamingRequestDict
    | None = None,
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> (
    Result[OpenResponsesResult, ResponsesSendError]
    | Result[EventStream[StreamEvents], ResponsesSendError]
):
    """Creates a streaming or non-streaming response using OpenResponses API format.

    ``POST /responses``: Create a response.

    Streams: with ``stream=True`` (or ``"stream": True`` in a dict request) the result holds
    an event stream, ``EventStream[StreamEvents]``, whose items are ``Result`` values; use
    it in a ``with`` block. Otherwise the whole body comes back.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``ResponsesSendRequest`` or a dict with these keys (all optional; ``None``
            sends none):

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``x_openrouter_metadata`` (str): Opt-in to surface routing metadata on the
              response under `openrouter_metadata`.
            - ``background`` (bool)
            - ``cache_control`` (AnthropicCacheControlDirective)
            - ``debug`` (ChatDebugOptions)
            - ``frequency_penalty`` (float)
            - ``image_config`` (dict[str, ImageConfigValue]): Provider-specific image
              configuration options.
            - ``include`` (list[str])
            - ``input`` (Inputs)
            - ``instructions`` (str)
            - ``max_output_tokens`` (int)
            - ``max_tool_calls`` (int): Maximum number of server-tool (e.g.
              `openrouter:web_search`) agent steps the model may take during a request.
            - ``metadata`` (dict[str, str]): Metadata key-value pairs for the request.
            - ``modalities`` (list[str]): Output modalities for the response.
            - ``model`` (str)
            - ``models`` (list[str])
            - ``parallel_tool_calls`` (bool)
            - ``plugins`` (list[ResponsesRequestPlugins]): Plugins you want to enable for
              this request, including their settings.
            - ``presence_penalty`` (float)
            - ``previous_response_id`` (Any): Not supported.
            - ``prompt`` (StoredPromptTemplate)
            - ``prompt_cache_key`` (str)
            - ``prompt_cache_options`` (PromptCacheOptions)
            - ``provider`` (ProviderPreferences)
            - ``reasoning`` (ReasoningConfig)
            - ``route`` (str): **DEPRECATED** Use providers.sort.partition instead. Known
              values: :class:`DeprecatedRoute`.
            - ``safety_identifier`` (str): Recommended per-end-user identifier for abuse
              isolation.
            - ``service_tier`` (str): The service tier to use for processing this request.
              Known values: ``"auto"``, ``"default"``, ``"fast"``, ``"flex"``,
              ``"priority"``, ``"scale"``.
            - ``session_id`` (str): A unique identifier for grouping related requests (e.g.,
              a conversation or agent workflow).
            - ``stop_server_tools_when`` (list[StopServerToolsWhenCondition]): Stop
              conditions for the server-tool agent loop.
            - ``store`` (bool)
            - ``stream`` (bool)
            - ``temperature`` (float)
            - ``text`` (TextExtendedConfig)
            - ``tool_choice`` (OpenAIResponsesToolChoice)
            - ``tools`` (list[ResponsesRequestTools])
            - ``top_k`` (int)
            - ``top_logprobs`` (int)
            - ``top_p`` (float)
            - ``trace`` (TraceConfig)
            - ``truncation`` (str): Known values: :class:`OpenAIResponsesTruncation`.
            - ``user`` (str): A unique identifier representing your end-user, which helps
              distinguish between different users of your app.
            The class takes the body as ``body=ResponsesRequest(...)``; keys it does not
            know go in ``extra_fields``.
        stream: ``True`` for a stream of events, ``False`` for the whole body.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(OpenResponsesResult)``, or ``Failure`` holding one of these errors (the
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

        from openrouter_funcs import responses_send

        result = responses_send(core)
    """
    return invoke(core, OPERATION, request, options, stream=stream)


@overload
async def responses_send_async(
    core: OpenRouterCore,
    request: ResponsesSendStreamingRequestDict,
    *,
    stream: None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[AsyncEventStream[StreamEvents], ResponsesSendError]: ...


@overload
async def responses_send_async(
    core: OpenRouterCore,
    request: ResponsesSendRequest | ResponsesSendRequestDict | None = None,
    *,
    stream: None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[OpenResponsesResult, ResponsesSendError]: ...


@overload
async def responses_send_async(
    core: OpenRouterCore,
    request: ResponsesSendRequest
    | ResponsesSendRequestDict
    | ResponsesSendStreamingRequestDict
    | None = None,
    *,
    stream: Literal[True],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[AsyncEventStream[StreamEvents], ResponsesSendError]: ...


@overload
async def responses_send_async(
    core: OpenRouterCore,
    request: ResponsesSendRequest
    | ResponsesSendRequestDict
    | ResponsesSendStreamingRequestDict
    | None = None,
    *,
    stream: Literal[False],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[OpenResponsesResult, ResponsesSendError]: ...


@overload
async def responses_send_async(
    core: OpenRouterCore,
    request: ResponsesSendRequest
    | ResponsesSendRequestDict
    | ResponsesSendStreamingRequestDict
    | None = None,
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> (
    Result[OpenResponsesResult, ResponsesSendError]
    | Result[AsyncEventStream[StreamEvents], ResponsesSendError]
): ...


async def responses_send_async(
    core: OpenRouterCore,
    request: ResponsesSendRequest
    | ResponsesSendRequestDict
    | ResponsesSendStreamingRequestDict
    | None = None,
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> (
    Result[OpenResponsesResult, ResponsesSendError]
    | Result[AsyncEventStream[StreamEvents], ResponsesSendError]
):
    """Creates a streaming or non-streaming response using OpenResponses API format.

    ``POST /responses``: Create a response.

    Streams: with ``stream=True`` (or ``"stream": True`` in a dict request) the result holds
    an event stream, ``AsyncEventStream[StreamEvents]``, whose items are ``Result`` values;
    use it in a ``async with`` block. Otherwise the whole body comes back.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``ResponsesSendRequest`` or a dict with these keys (all optional; ``None``
            sends none):

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``x_openrouter_metadata`` (str): Opt-in to surface routing metadata on the
              response under `openrouter_metadata`.
            - ``background`` (bool)
            - ``cache_control`` (AnthropicCacheControlDirective)
            - ``debug`` (ChatDebugOptions)
            - ``frequency_penalty`` (float)
            - ``image_config`` (dict[str, ImageConfigValue]): Provider-specific image
              configuration options.
            - ``include`` (list[str])
            - ``input`` (Inputs)
            - ``instructions`` (str)
            - ``max_output_tokens`` (int)
            - ``max_tool_calls`` (int): Maximum number of server-tool (e.g.
              `openrouter:web_search`) agent steps the model may take during a request.
            - ``metadata`` (dict[str, str]): Metadata key-value pairs for the request.
            - ``modalities`` (list[str]): Output modalities for the response.
            - ``model`` (str)
            - ``models`` (list[str])
            - ``parallel_tool_calls`` (bool)
            - ``plugins`` (list[ResponsesRequestPlugins]): Plugins you want to enable for
              this request, including their settings.
            - ``presence_penalty`` (float)
            - ``previous_response_id`` (Any): Not supported.
            - ``prompt`` (StoredPromptTemplate)
            - ``prompt_cache_key`` (str)
            - ``prompt_cache_options`` (PromptCacheOptions)
            - ``provider`` (ProviderPreferences)
            - ``reasoning`` (ReasoningConfig)
            - ``route`` (str): **DEPRECATED** Use providers.sort.partition instead. Known
              values: :class:`DeprecatedRoute`.
            - ``safety_identifier`` (str): Recommended per-end-user identifier for abuse
              isolation.
            - ``service_tier`` (str): The service tier to use for processing this request.
              Known values: ``"auto"``, ``"default"``, ``"fast"``, ``"flex"``,
              ``"priority"``, ``"scale"``.
            - ``session_id`` (str): A unique identifier for grouping related requests (e.g.,
              a conversation or agent workflow).
            - ``stop_server_tools_when`` (list[StopServerToolsWhenCondition]): Stop
              conditions for the server-tool agent loop.
            - ``store`` (bool)
            - ``stream`` (bool)
            - ``temperature`` (float)
            - ``text`` (TextExtendedConfig)
            - ``tool_choice`` (OpenAIResponsesToolChoice)
            - ``tools`` (list[ResponsesRequestTools])
            - ``top_k`` (int)
            - ``top_logprobs`` (int)
            - ``top_p`` (float)
            - ``trace`` (TraceConfig)
            - ``truncation`` (str): Known values: :class:`OpenAIResponsesTruncation`.
            - ``user`` (str): A unique identifier representing your end-user, which helps
              distinguish between different users of your app.
            The class takes the body as ``body=ResponsesRequest(...)``; keys it does not
            know go in ``extra_fields``.
        stream: ``True`` for a stream of events, ``False`` for the whole body.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(OpenResponsesResult)``, or ``Failure`` holding one of these errors (the
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

        from openrouter_funcs import responses_send_async

        result = await responses_send_async(core)
    """
    return await invoke_async(core, OPERATION, request, options, stream=stream)
