# Generated from the OpenRouter OpenAPI spec (createPresetsChatCompletions) by `python -m codegen`; do not edit.
"""Create a preset from a chat-completions request body: ``POST /presets/{slug}/chat/completions``.

Creates a preset (or a new version of an existing one) from an inference request body. Only
fields that overlap with the preset config are persisted; other fields (e.g. `messages`,
`stream`, `prompt`) are silently ignored.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, TypeAlias, TypedDict

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, json_body, ok, path
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    BadRequestResponseError,
    ConflictResponseError,
    ForbiddenResponseError,
    HTTPClientError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterDefaultError,
    ResponseValidationError,
    SDKValidationError,
    UnauthorizedResponseError,
)
from openrouter_core.models.chat_request import ChatRequest
from openrouter_core.models.create_preset_from_inference_response import (
    CreatePresetFromInferenceResponse,
)

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
    "CreatePresetFromInferenceResponse",
    "PresetsCreatePresetsChatCompletionsError",
    "PresetsCreatePresetsChatCompletionsRequest",
    "PresetsCreatePresetsChatCompletionsRequestDict",
    "presets_create_presets_chat_completions",
    "presets_create_presets_chat_completions_async",
]


@attrs.frozen(kw_only=True)
class PresetsCreatePresetsChatCompletionsRequest:
    """The parameters and JSON body of ``POST /presets/{slug}/chat/completions``."""

    body: ChatRequest
    """The JSON body; a dict request gives its fields next to the parameters."""
    slug: str = attrs.field(metadata={"wire": "slug"})
    """URL-safe slug identifying the preset."""
    http_referer: str | None = attrs.field(default=None, metadata={"wire": "HTTP-Referer"})
    """The app identifier should be your app's URL and is used as the primary identifier for rankings."""
    app_title: str | None = attrs.field(default=None, metadata={"wire": "X-OpenRouter-Title"})
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    app_categories: str | None = attrs.field(
        default=None, metadata={"wire": "X-OpenRouter-Categories"}
    )
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent")."""


class PresetsCreatePresetsChatCompletionsRequestDict(TypedDict, total=False):
    """The request as a dict literal : the parameters and the body's fields side by side."""

    slug: Required[str]
    http_referer: str
    app_title: str
    app_categories: str
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
    stream: bool | None
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


PresetsCreatePresetsChatCompletionsError: TypeAlias = (
    BadRequestResponseError
    | UnauthorizedResponseError
    | ForbiddenResponseError
    | NotFoundResponseError
    | ConflictResponseError
    | InternalServerResponseError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[
    PresetsCreatePresetsChatCompletionsRequest, CreatePresetFromInferenceResponse
] = Operation(
    operation_id="createPresetsChatCompletions",
    method="POST",
    path="/presets/{slug}/chat/completions",
    request_type=PresetsCreatePresetsChatCompletionsRequest,
    params=(
        path("slug", "slug"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=json_body(ChatRequest),
    responses=(
        ok(200, CreatePresetFromInferenceResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(ForbiddenResponseError),
        fails(NotFoundResponseError),
        fails(ConflictResponseError),
        fails(InternalServerResponseError),
    ),
)


def presets_create_presets_chat_completions(
    core: OpenRouterCore,
    request: PresetsCreatePresetsChatCompletionsRequest
    | PresetsCreatePresetsChatCompletionsRequestDict,
    *,
    options: RequestOptions | None = None,
) -> Result[CreatePresetFromInferenceResponse, PresetsCreatePresetsChatCompletionsError]:
    """Creates a preset (or a new version of an existing one) from an inference request body."""
    return invoke(core, OPERATION, request, options)


async def presets_create_presets_chat_completions_async(
    core: OpenRouterCore,
    request: PresetsCreatePresetsChatCompletionsRequest
    | PresetsCreatePresetsChatCompletionsRequestDict,
    *,
    options: RequestOptions | None = None,
) -> Result[CreatePresetFromInferenceResponse, PresetsCreatePresetsChatCompletionsError]:
    """Creates a preset (or a new version of an existing one) from an inference request body."""
    return await invoke_async(core, OPERATION, request, options)
