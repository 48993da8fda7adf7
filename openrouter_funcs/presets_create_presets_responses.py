# Generated from the OpenRouter OpenAPI spec (createPresetsResponses) by `python -m codegen`; do not edit.
"""Create a preset from a responses request body: ``POST /presets/{slug}/responses``.

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
from openrouter_core.models.create_preset_from_inference_response import (
    CreatePresetFromInferenceResponse,
)
from openrouter_core.models.image_config import ImageConfigValue
from openrouter_core.models.inputs import Inputs
from openrouter_core.models.openai_responses_tool_choice import OpenAIResponsesToolChoice
from openrouter_core.models.prompt_cache_options import PromptCacheOptions
from openrouter_core.models.provider_preferences import ProviderPreferences
from openrouter_core.models.reasoning_config import ReasoningConfig
from openrouter_core.models.responses_request import ResponsesRequestPlugins, ResponsesRequestTools
from openrouter_core.models.stop_server_tools_when_condition import StopServerToolsWhenCondition
from openrouter_core.models.stored_prompt_template import StoredPromptTemplate
from openrouter_core.models.text_extended_config import TextExtendedConfig
from openrouter_core.models.trace_config import TraceConfig

__all__ = [
    "CreatePresetFromInferenceResponse",
    "CreatePresetsResponsesError",
    "CreatePresetsResponsesRequest",
    "presets_create_presets_responses",
    "presets_create_presets_responses_async",
]


@attrs.frozen(kw_only=True)
class CreatePresetsResponsesRequest:
    """The parameters and JSON body of ``POST /presets/{slug}/responses``."""

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


#: Any status with a named class (``OPERATION`` lists the ones documented here), then
#: the failures every call can have.
CreatePresetsResponsesError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[CreatePresetsResponsesRequest, CreatePresetFromInferenceResponse] = Operation(
    operation_id="createPresetsResponses",
    method="POST",
    path="/presets/{slug}/responses",
    request_type=CreatePresetsResponsesRequest,
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


def presets_create_presets_responses(
    core: OpenRouterCore,
    request: CreatePresetsResponsesRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[CreatePresetFromInferenceResponse, CreatePresetsResponsesError]:
    """Creates a preset (or a new version of an existing one) from an inference request body."""
    return invoke(core, OPERATION, request, options)


async def presets_create_presets_responses_async(
    core: OpenRouterCore,
    request: CreatePresetsResponsesRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[CreatePresetFromInferenceResponse, CreatePresetsResponsesError]:
    """Creates a preset (or a new version of an existing one) from an inference request body."""
    return await invoke_async(core, OPERATION, request, options)
