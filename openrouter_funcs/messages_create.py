# Generated from the OpenRouter OpenAPI spec (createMessages) by `python -m codegen`; do not edit.
"""Create a message: ``POST /messages``.

Creates a message using the Anthropic Messages API format. Supports text, images, PDFs, tools,
and extended thinking.

Error bodies of the statuses documented here follow this endpoint's own format: ``err.data``
holds a parsed ``AnthropicMessagesErrorResponse``, not the body its class names elsewhere.

Streams: ``messages_create(core, request, stream=True)`` (or ``"stream": True`` in a dict
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
    BadRequestResponseError,
    ForbiddenResponseError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterBaseError,
    ProviderOverloadedResponseError,
    ServiceUnavailableResponseError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.anthropic_messages_error_response import AnthropicMessagesErrorResponse
from openrouter_core.models.messages_request import MessagesRequest
from openrouter_core.models.messages_result import MessagesResult
from openrouter_core.models.messages_stream_events import MessagesStreamEvents
from openrouter_core.streams import AsyncEventStream, EventStream

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.anthropic_cache_control_directive import (
        AnthropicCacheControlDirectiveDict,
    )
    from openrouter_core.dicts.messages_fallback_param import MessagesFallbackParamDict
    from openrouter_core.dicts.messages_message_param import MessagesMessageParamDict
    from openrouter_core.dicts.messages_output_config import MessagesOutputConfigDict
    from openrouter_core.dicts.messages_request import (
        MessagesRequestContextManagementDict,
        MessagesRequestMetadataDict,
        MessagesRequestPluginsDict,
        MessagesRequestSystemDict,
        MessagesRequestThinkingDict,
        MessagesRequestToolChoiceDict,
        MessagesRequestToolsDict,
    )
    from openrouter_core.dicts.provider_preferences import ProviderPreferencesDict
    from openrouter_core.dicts.stop_server_tools_when_condition import (
        StopServerToolsWhenConditionDict,
    )
    from openrouter_core.dicts.trace_config import TraceConfigDict

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
    """The parameters and JSON body of ``POST /messages``.

    - ``body`` (MessagesRequest): the JSON body; its fields are listed in
      ``help(messages_create)``.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    - ``x_openrouter_metadata`` (str, optional): Opt-in to surface routing metadata on the
      response under `openrouter_metadata`.
    """

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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        body: MessagesRequest,
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
                "MessagesCreateRequest",
                self.body,
                self.http_referer,
                self.app_title,
                self.app_categories,
                self.x_openrouter_metadata,
            )
        )

    # --- end of attrs methods ---


class MessagesCreateStreamingRequestDict(TypedDict, total=False):
    """The request as a dict literal with ``stream: True``: the call returns a stream."""

    http_referer: str
    app_title: str
    app_categories: str
    x_openrouter_metadata: str
    cache_control: AnthropicCacheControlDirectiveDict | None
    context_management: MessagesRequestContextManagementDict | None
    fallbacks: list[MessagesFallbackParamDict] | None
    max_tokens: int | None
    messages: Required[list[MessagesMessageParamDict] | None]
    metadata: MessagesRequestMetadataDict | None
    model: Required[str]
    models: list[str] | None
    output_config: MessagesOutputConfigDict | None
    plugins: list[MessagesRequestPluginsDict] | None
    provider: ProviderPreferencesDict | None
    route: Literal["fallback", "sort"] | str | None
    service_tier: str | None
    session_id: str | None
    speed: Literal["fast", "standard"] | str | None
    stop_sequences: list[str] | None
    stop_server_tools_when: list[StopServerToolsWhenConditionDict] | None
    system: MessagesRequestSystemDict | None
    temperature: float | None
    thinking: MessagesRequestThinkingDict | None
    tool_choice: MessagesRequestToolChoiceDict | None
    tools: list[MessagesRequestToolsDict] | None
    top_k: int | None
    top_p: float | None
    trace: TraceConfigDict | None
    user: str | None
    extra_fields: dict[str, Any]
    stream: Required[Literal[True]]


class MessagesCreateRequestDict(TypedDict, total=False):
    """The request as a dict literal without ``stream: True``: the call returns the body."""

    http_referer: str
    app_title: str
    app_categories: str
    x_openrouter_metadata: str
    cache_control: AnthropicCacheControlDirectiveDict | None
    context_management: MessagesRequestContextManagementDict | None
    fallbacks: list[MessagesFallbackParamDict] | None
    max_tokens: int | None
    messages: Required[list[MessagesMessageParamDict] | None]
    metadata: MessagesRequestMetadataDict | None
    model: Required[str]
    models: list[str] | None
    output_config: MessagesOutputConfigDict | None
    plugins: list[MessagesRequestPluginsDict] | None
    provider: ProviderPreferencesDict | None
    route: Literal["fallback", "sort"] | str | None
    service_tier: str | None
    session_id: str | None
    speed: Literal["fast", "standard"] | str | None
    stop_sequences: list[str] | None
    stop_server_tools_when: list[StopServerToolsWhenConditionDict] | None
    system: MessagesRequestSystemDict | None
    temperature: float | None
    thinking: MessagesRequestThinkingDict | None
    tool_choice: MessagesRequestToolChoiceDict | None
    tools: list[MessagesRequestToolsDict] | None
    top_k: int | None
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
MessagesCreateError: TypeAlias = OpenRouterBaseError

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
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[EventStream[MessagesStreamEvents], MessagesCreateError]: ...


@overload
def messages_create(
    core: OpenRouterCore,
    request: MessagesCreateRequest | MessagesCreateRequestDict,
    *,
    stream: None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[MessagesResult, MessagesCreateError]: ...


@overload
def messages_create(
    core: OpenRouterCore,
    request: MessagesCreateRequest | MessagesCreateRequestDict | MessagesCreateStreamingRequestDict,
    *,
    stream: Literal[True],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[EventStream[MessagesStreamEvents], MessagesCreateError]: ...


@overload
def messages_create(
    core: OpenRouterCore,
    request: MessagesCreateRequest | MessagesCreateRequestDict | MessagesCreateStreamingRequestDict,
    *,
    stream: Literal[False],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[MessagesResult, MessagesCreateError]: ...


@overload
def messages_create(
    core: OpenRouterCore,
    request: MessagesCreateRequest | MessagesCreateRequestDict | MessagesCreateStreamingRequestDict,
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> (
    Result[MessagesResult, MessagesCreateError]
    | Result[EventStream[MessagesStreamEvents], MessagesCreateError]
): ...


def messages_create(
    core: OpenRouterCore,
    request: MessagesCreateRequest | MessagesCreateRequestDict | MessagesCreateStreamingRequestDict,
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> (
    Result[MessagesResult, MessagesCreateError]
    | Result[EventStream[MessagesStreamEvents], MessagesCreateError]
):
    """Creates a message using the Anthropic Messages API format.

    ``POST /messages``: Create a message.

    Supports text, images, PDFs, tools, and extended thinking.

    Streams: with ``stream=True`` (or ``"stream": True`` in a dict request) the result holds
    an event stream, ``EventStream[MessagesStreamEvents]``, whose items are ``Result``
    values; use it in a ``with`` block. Otherwise the whole body comes back.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``MessagesCreateRequest`` or a dict with these keys:

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``x_openrouter_metadata`` (str): Opt-in to surface routing metadata on the
              response under `openrouter_metadata`.
            - ``cache_control`` (AnthropicCacheControlDirective)
            - ``context_management`` (MessagesRequestContextManagement)
            - ``fallbacks`` (list[MessagesFallbackParam]): Fallback models to try if the
              primary model fails or refuses, in order.
            - ``max_tokens`` (int)
            - ``messages`` (list[MessagesMessageParam], required)
            - ``metadata`` (MessagesRequestMetadata)
            - ``model`` (str, required)
            - ``models`` (list[str])
            - ``output_config`` (MessagesOutputConfig)
            - ``plugins`` (list[MessagesRequestPlugins]): Plugins you want to enable for
              this request, including their settings.
            - ``provider`` (ProviderPreferences)
            - ``route`` (str): **DEPRECATED** Use providers.sort.partition instead. Known
              values: :class:`DeprecatedRoute`.
            - ``service_tier`` (str)
            - ``session_id`` (str): A unique identifier for grouping related requests (e.g.,
              a conversation or agent workflow).
            - ``speed`` (str): Controls output generation speed. Known values:
              :class:`AnthropicSpeed`.
            - ``stop_sequences`` (list[str])
            - ``stop_server_tools_when`` (list[StopServerToolsWhenCondition]): Stop
              conditions for the server-tool agent loop.
            - ``stream`` (bool)
            - ``system`` (MessagesRequestSystem)
            - ``temperature`` (float)
            - ``thinking`` (MessagesRequestThinking)
            - ``tool_choice`` (MessagesRequestToolChoice)
            - ``tools`` (list[MessagesRequestTools])
            - ``top_k`` (int)
            - ``top_p`` (float)
            - ``trace`` (TraceConfig)
            - ``user`` (str): A unique identifier representing your end-user, which helps
              distinguish between different users of your app.
            The class takes the body as ``body=MessagesRequest(...)``; keys it does not know
            go in ``extra_fields``.
        stream: ``True`` for a stream of events, ``False`` for the whole body.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(MessagesResult)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 403: ``ForbiddenResponseError``
        - 404: ``NotFoundResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - 503: ``ServiceUnavailableResponseError``
        - 529: ``ProviderOverloadedResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import messages_create

        result = messages_create(core, {
            "messages": [{"content": "Hello, how are you?", "role": "user"}],
            "model": "anthropic/claude-sonnet-4",
        })
    """
    return invoke(core, OPERATION, request, options, stream=stream)


@overload
async def messages_create_async(
    core: OpenRouterCore,
    request: MessagesCreateStreamingRequestDict,
    *,
    stream: None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[AsyncEventStream[MessagesStreamEvents], MessagesCreateError]: ...


@overload
async def messages_create_async(
    core: OpenRouterCore,
    request: MessagesCreateRequest | MessagesCreateRequestDict,
    *,
    stream: None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[MessagesResult, MessagesCreateError]: ...


@overload
async def messages_create_async(
    core: OpenRouterCore,
    request: MessagesCreateRequest | MessagesCreateRequestDict | MessagesCreateStreamingRequestDict,
    *,
    stream: Literal[True],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[AsyncEventStream[MessagesStreamEvents], MessagesCreateError]: ...


@overload
async def messages_create_async(
    core: OpenRouterCore,
    request: MessagesCreateRequest | MessagesCreateRequestDict | MessagesCreateStreamingRequestDict,
    *,
    stream: Literal[False],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[MessagesResult, MessagesCreateError]: ...


@overload
async def messages_create_async(
    core: OpenRouterCore,
    request: MessagesCreateRequest | MessagesCreateRequestDict | MessagesCreateStreamingRequestDict,
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> (
    Result[MessagesResult, MessagesCreateError]
    | Result[AsyncEventStream[MessagesStreamEvents], MessagesCreateError]
): ...


async def messages_create_async(
    core: OpenRouterCore,
    request: MessagesCreateRequest | MessagesCreateRequestDict | MessagesCreateStreamingRequestDict,
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> (
    Result[MessagesResult, MessagesCreateError]
    | Result[AsyncEventStream[MessagesStreamEvents], MessagesCreateError]
):
    """Creates a message using the Anthropic Messages API format.

    ``POST /messages``: Create a message.

    Supports text, images, PDFs, tools, and extended thinking.

    Streams: with ``stream=True`` (or ``"stream": True`` in a dict request) the result holds
    an event stream, ``AsyncEventStream[MessagesStreamEvents]``, whose items are ``Result``
    values; use it in a ``async with`` block. Otherwise the whole body comes back.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``MessagesCreateRequest`` or a dict with these keys:

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``x_openrouter_metadata`` (str): Opt-in to surface routing metadata on the
              response under `openrouter_metadata`.
            - ``cache_control`` (AnthropicCacheControlDirective)
            - ``context_management`` (MessagesRequestContextManagement)
            - ``fallbacks`` (list[MessagesFallbackParam]): Fallback models to try if the
              primary model fails or refuses, in order.
            - ``max_tokens`` (int)
            - ``messages`` (list[MessagesMessageParam], required)
            - ``metadata`` (MessagesRequestMetadata)
            - ``model`` (str, required)
            - ``models`` (list[str])
            - ``output_config`` (MessagesOutputConfig)
            - ``plugins`` (list[MessagesRequestPlugins]): Plugins you want to enable for
              this request, including their settings.
            - ``provider`` (ProviderPreferences)
            - ``route`` (str): **DEPRECATED** Use providers.sort.partition instead. Known
              values: :class:`DeprecatedRoute`.
            - ``service_tier`` (str)
            - ``session_id`` (str): A unique identifier for grouping related requests (e.g.,
              a conversation or agent workflow).
            - ``speed`` (str): Controls output generation speed. Known values:
              :class:`AnthropicSpeed`.
            - ``stop_sequences`` (list[str])
            - ``stop_server_tools_when`` (list[StopServerToolsWhenCondition]): Stop
              conditions for the server-tool agent loop.
            - ``stream`` (bool)
            - ``system`` (MessagesRequestSystem)
            - ``temperature`` (float)
            - ``thinking`` (MessagesRequestThinking)
            - ``tool_choice`` (MessagesRequestToolChoice)
            - ``tools`` (list[MessagesRequestTools])
            - ``top_k`` (int)
            - ``top_p`` (float)
            - ``trace`` (TraceConfig)
            - ``user`` (str): A unique identifier representing your end-user, which helps
              distinguish between different users of your app.
            The class takes the body as ``body=MessagesRequest(...)``; keys it does not know
            go in ``extra_fields``.
        stream: ``True`` for a stream of events, ``False`` for the whole body.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(MessagesResult)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 403: ``ForbiddenResponseError``
        - 404: ``NotFoundResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - 503: ``ServiceUnavailableResponseError``
        - 529: ``ProviderOverloadedResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import messages_create_async

        result = await messages_create_async(core, {
            "messages": [{"content": "Hello, how are you?", "role": "user"}],
            "model": "anthropic/claude-sonnet-4",
        })
    """
    return await invoke_async(core, OPERATION, request, options, stream=stream)
