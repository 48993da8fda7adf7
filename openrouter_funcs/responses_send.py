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
from openrouter_core.models.image_config import ImageConfigValue
from openrouter_core.models.inputs import Inputs
from openrouter_core.models.open_responses_result import OpenResponsesResult
from openrouter_core.models.openai_responses_tool_choice import OpenAIResponsesToolChoice
from openrouter_core.models.prompt_cache_options import PromptCacheOptions
from openrouter_core.models.provider_preferences import ProviderPreferences
from openrouter_core.models.reasoning_config import ReasoningConfig
from openrouter_core.models.responses_request import ResponsesRequestPlugins, ResponsesRequestTools
from openrouter_core.models.stop_server_tools_when_condition import StopServerToolsWhenCondition
from openrouter_core.models.stored_prompt_template import StoredPromptTemplate
from openrouter_core.models.stream_events import StreamEvents
from openrouter_core.models.text_extended_config import TextExtendedConfig
from openrouter_core.models.trace_config import TraceConfig

if TYPE_CHECKING:
    from typing_extensions import NotRequired, Required

    from openrouter_core.streams import AsyncEventStream, EventStream

__all__ = [
    "CreateResponsesDict",
    "CreateResponsesError",
    "CreateResponsesRequest",
    "CreateResponsesStreamingDict",
    "OpenResponsesResult",
    "responses_send",
    "responses_send_async",
]


@attrs.frozen(kw_only=True)
class CreateResponsesRequest:
    """The parameters and JSON body of ``POST /responses``."""

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
    background: bool | Unset | None = UNSET
    cache_control: AnthropicCacheControlDirective | None = None
    debug: ChatDebugOptions | None = None
    frequency_penalty: float | Unset | None = UNSET
    image_config: dict[str, ImageConfigValue] | None = None
    """Provider-specific image configuration options."""
    include: list[str] | Unset | None = UNSET
    input: Inputs | None = None
    instructions: str | Unset | None = UNSET
    max_output_tokens: int | Unset | None = UNSET
    max_tool_calls: int | Unset | None = UNSET
    """Maximum number of server-tool (e.g. `openrouter:web_search`) agent steps the model may take during a request."""
    metadata: dict[str, str] | Unset | None = UNSET
    """Metadata key-value pairs for the request."""
    modalities: list[str] | None = None
    """Output modalities for the response."""
    model: str | None = None
    models: list[str] | None = None
    parallel_tool_calls: bool | Unset | None = UNSET
    plugins: list[ResponsesRequestPlugins] | None = None
    """Plugins you want to enable for this request, including their settings."""
    presence_penalty: float | Unset | None = UNSET
    previous_response_id: Any | None = None
    """Not supported."""
    prompt: StoredPromptTemplate | Unset | None = UNSET
    prompt_cache_key: str | Unset | None = UNSET
    prompt_cache_options: PromptCacheOptions | Unset | None = UNSET
    provider: ProviderPreferences | Unset | None = UNSET
    reasoning: ReasoningConfig | Unset | None = UNSET
    route: str | Unset | None = UNSET
    """**DEPRECATED** Use providers.sort.partition instead. Known values: :class:`DeprecatedRoute`."""
    safety_identifier: str | Unset | None = UNSET
    """Recommended per-end-user identifier for abuse isolation."""
    service_tier: str | Unset | None = UNSET
    """The service tier to use for processing this request. Known values: ``"auto"``, ``"default"``, ``"fast"``, ``"flex"``, ``"priority"``, ``"scale"``."""
    session_id: str | None = None
    """A unique identifier for grouping related requests (e.g., a conversation or agent workflow)."""
    stop_server_tools_when: list[StopServerToolsWhenCondition] | None = None
    """Stop conditions for the server-tool agent loop."""
    store: bool | None = None
    stream: bool | None = None
    temperature: float | Unset | None = UNSET
    text: TextExtendedConfig | None = None
    tool_choice: OpenAIResponsesToolChoice | None = None
    tools: list[ResponsesRequestTools] | None = None
    top_k: int | None = None
    top_logprobs: int | Unset | None = UNSET
    top_p: float | Unset | None = UNSET
    trace: TraceConfig | None = None
    truncation: str | Unset | None = UNSET
    """Known values: :class:`OpenAIResponsesTruncation`."""
    user: str | None = None
    """A unique identifier representing your end-user, which helps distinguish between different users of your app."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields this SDK does not know yet, sent as they are."""


class CreateResponsesStreamingDict(TypedDict, total=False):
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


class CreateResponsesDict(TypedDict, total=False):
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


#: Any status with a named class (``OPERATION`` lists the ones documented here), then
#: the failures every call can have.
CreateResponsesError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[CreateResponsesRequest, OpenResponsesResult] = Operation(
    operation_id="createResponses",
    method="POST",
    path="/responses",
    request_type=CreateResponsesRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
        header("x_openrouter_metadata", "X-OpenRouter-Metadata"),
    ),
    body=JSON_BODY,
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
    request: CreateResponsesStreamingDict,
    *,
    stream: None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[EventStream[StreamEvents], CreateResponsesError]: ...


@overload
def responses_send(
    core: OpenRouterCore,
    request: CreateResponsesDict,
    *,
    stream: None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[OpenResponsesResult, CreateResponsesError]: ...


@overload
def responses_send(
    core: OpenRouterCore,
    request: CreateResponsesRequest | Mapping[str, Any] | None = None,
    *,
    stream: Literal[True],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[EventStream[StreamEvents], CreateResponsesError]: ...


@overload
def responses_send(
    core: OpenRouterCore,
    request: CreateResponsesRequest | Mapping[str, Any] | None = None,
    *,
    stream: Literal[False],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[OpenResponsesResult, CreateResponsesError]: ...


@overload
def responses_send(
    core: OpenRouterCore,
    request: CreateResponsesRequest | Mapping[str, Any] | None = None,
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> (
    Result[OpenResponsesResult, CreateResponsesError]
    | Result[EventStream[StreamEvents], CreateResponsesError]
): ...


def responses_send(
    core: OpenRouterCore,
    request: CreateResponsesRequest | Mapping[str, Any] | None = None,
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> (
    Result[OpenResponsesResult, CreateResponsesError]
    | Result[EventStream[StreamEvents], CreateResponsesError]
):
    """Creates a streaming or non-streaming response using OpenResponses API format.

    With ``stream=True`` (or ``stream: True`` in the request) the result holds a
    stream of ``Result[StreamEvents, Error]`` items; use it in a ``with`` block.
    """
    return invoke(core, OPERATION, request, options, stream=stream)


@overload
async def responses_send_async(
    core: OpenRouterCore,
    request: CreateResponsesStreamingDict,
    *,
    stream: None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[AsyncEventStream[StreamEvents], CreateResponsesError]: ...


@overload
async def responses_send_async(
    core: OpenRouterCore,
    request: CreateResponsesDict,
    *,
    stream: None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[OpenResponsesResult, CreateResponsesError]: ...


@overload
async def responses_send_async(
    core: OpenRouterCore,
    request: CreateResponsesRequest | Mapping[str, Any] | None = None,
    *,
    stream: Literal[True],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[AsyncEventStream[StreamEvents], CreateResponsesError]: ...


@overload
async def responses_send_async(
    core: OpenRouterCore,
    request: CreateResponsesRequest | Mapping[str, Any] | None = None,
    *,
    stream: Literal[False],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[OpenResponsesResult, CreateResponsesError]: ...


@overload
async def responses_send_async(
    core: OpenRouterCore,
    request: CreateResponsesRequest | Mapping[str, Any] | None = None,
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> (
    Result[OpenResponsesResult, CreateResponsesError]
    | Result[AsyncEventStream[StreamEvents], CreateResponsesError]
): ...


async def responses_send_async(
    core: OpenRouterCore,
    request: CreateResponsesRequest | Mapping[str, Any] | None = None,
    *,
    stream: bool | None = None,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> (
    Result[OpenResponsesResult, CreateResponsesError]
    | Result[AsyncEventStream[StreamEvents], CreateResponsesError]
):
    """Creates a streaming or non-streaming response using OpenResponses API format.

    With ``stream=True`` (or ``stream: True`` in the request) the result holds a
    stream of ``Result[StreamEvents, Error]`` items; use it in a ``with`` block.
    """
    return await invoke_async(core, OPERATION, request, options, stream=stream)
