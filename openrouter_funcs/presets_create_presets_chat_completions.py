# Generated from the OpenRouter OpenAPI spec (createPresetsChatCompletions) by `python -m codegen`; do not edit.
"""Create a preset from a chat-completions request body: ``POST /presets/{slug}/chat/completions``.

Creates a preset (or a new version of an existing one) from an inference request body. Only
fields that overlap with the preset config are persisted; other fields (e.g. `messages`,
`stream`, `prompt`) are silently ignored.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import JSON_BODY, Operation, fails, header, ok, path
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core._unset import UNSET, Unset
from openrouter_core.errors import (
    AnyStatusError,
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
from openrouter_core.models.chat_stream_options import ChatStreamOptions
from openrouter_core.models.chat_tool_choice import ChatToolChoice
from openrouter_core.models.create_preset_from_inference_response import (
    CreatePresetFromInferenceResponse,
)
from openrouter_core.models.image_config import ImageConfigValue
from openrouter_core.models.prediction import Prediction
from openrouter_core.models.prompt_cache_options import PromptCacheOptions
from openrouter_core.models.provider_preferences import ProviderPreferences
from openrouter_core.models.stop_server_tools_when_condition import StopServerToolsWhenCondition
from openrouter_core.models.trace_config import TraceConfig

__all__ = [
    "CreatePresetFromInferenceResponse",
    "CreatePresetsChatCompletionsError",
    "CreatePresetsChatCompletionsRequest",
    "presets_create_presets_chat_completions",
    "presets_create_presets_chat_completions_async",
]


@attrs.frozen(kw_only=True)
class CreatePresetsChatCompletionsRequest:
    """The parameters and JSON body of ``POST /presets/{slug}/chat/completions``."""

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


#: Any status with a named class (``OPERATION`` lists the ones documented here), then
#: the failures every call can have.
CreatePresetsChatCompletionsError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[CreatePresetsChatCompletionsRequest, CreatePresetFromInferenceResponse] = (
    Operation(
        operation_id="createPresetsChatCompletions",
        method="POST",
        path="/presets/{slug}/chat/completions",
        request_type=CreatePresetsChatCompletionsRequest,
        params=(
            path("slug", "slug"),
            header("http_referer", "HTTP-Referer"),
            header("app_title", "X-OpenRouter-Title"),
            header("app_categories", "X-OpenRouter-Categories"),
        ),
        body=JSON_BODY,
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
)


def presets_create_presets_chat_completions(
    core: OpenRouterCore,
    request: CreatePresetsChatCompletionsRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[CreatePresetFromInferenceResponse, CreatePresetsChatCompletionsError]:
    """Creates a preset (or a new version of an existing one) from an inference request body."""
    return invoke(core, OPERATION, request, options)


async def presets_create_presets_chat_completions_async(
    core: OpenRouterCore,
    request: CreatePresetsChatCompletionsRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[CreatePresetFromInferenceResponse, CreatePresetsChatCompletionsError]:
    """Creates a preset (or a new version of an existing one) from an inference request body."""
    return await invoke_async(core, OPERATION, request, options)
