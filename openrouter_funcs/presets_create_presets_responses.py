# Generated from the OpenRouter OpenAPI spec (createPresetsResponses) by `python -m codegen`; do not edit.
"""Create a preset from a responses request body: ``POST /presets/{slug}/responses``.

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
from openrouter_core.models.create_preset_from_inference_response import (
    CreatePresetFromInferenceResponse,
)
from openrouter_core.models.responses_request import ResponsesRequest

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
    "CreatePresetFromInferenceResponse",
    "PresetsCreatePresetsResponsesError",
    "PresetsCreatePresetsResponsesRequest",
    "PresetsCreatePresetsResponsesRequestDict",
    "ResponsesRequest",
    "presets_create_presets_responses",
    "presets_create_presets_responses_async",
]


@attrs.frozen(kw_only=True)
class PresetsCreatePresetsResponsesRequest:
    """The parameters and JSON body of ``POST /presets/{slug}/responses``."""

    body: ResponsesRequest = attrs.field(factory=ResponsesRequest)
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


class PresetsCreatePresetsResponsesRequestDict(TypedDict, total=False):
    """The request as a dict literal : the parameters and the body's fields side by side."""

    slug: Required[str]
    http_referer: str
    app_title: str
    app_categories: str
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
    stream: bool | None
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


PresetsCreatePresetsResponsesError: TypeAlias = (
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

OPERATION: Operation[PresetsCreatePresetsResponsesRequest, CreatePresetFromInferenceResponse] = (
    Operation(
        operation_id="createPresetsResponses",
        method="POST",
        path="/presets/{slug}/responses",
        request_type=PresetsCreatePresetsResponsesRequest,
        params=(
            path("slug", "slug"),
            header("http_referer", "HTTP-Referer"),
            header("app_title", "X-OpenRouter-Title"),
            header("app_categories", "X-OpenRouter-Categories"),
        ),
        body=json_body(ResponsesRequest),
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


def presets_create_presets_responses(
    core: OpenRouterCore,
    request: PresetsCreatePresetsResponsesRequest | PresetsCreatePresetsResponsesRequestDict,
    *,
    options: RequestOptions | None = None,
) -> Result[CreatePresetFromInferenceResponse, PresetsCreatePresetsResponsesError]:
    """Creates a preset (or a new version of an existing one) from an inference request body."""
    return invoke(core, OPERATION, request, options)


async def presets_create_presets_responses_async(
    core: OpenRouterCore,
    request: PresetsCreatePresetsResponsesRequest | PresetsCreatePresetsResponsesRequestDict,
    *,
    options: RequestOptions | None = None,
) -> Result[CreatePresetFromInferenceResponse, PresetsCreatePresetsResponsesError]:
    """Creates a preset (or a new version of an existing one) from an inference request body."""
    return await invoke_async(core, OPERATION, request, options)
