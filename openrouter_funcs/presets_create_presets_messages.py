# Generated from the OpenRouter OpenAPI spec (createPresetsMessages) by `python -m codegen`; do not edit.
"""Create a preset from a messages request body: ``POST /presets/{slug}/messages``.

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
from openrouter_core.models.create_preset_from_inference_response import (
    CreatePresetFromInferenceResponse,
)
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
from openrouter_core.models.provider_preferences import ProviderPreferences
from openrouter_core.models.stop_server_tools_when_condition import StopServerToolsWhenCondition
from openrouter_core.models.trace_config import TraceConfig

__all__ = [
    "CreatePresetFromInferenceResponse",
    "CreatePresetsMessagesError",
    "CreatePresetsMessagesRequest",
    "presets_create_presets_messages",
    "presets_create_presets_messages_async",
]


@attrs.frozen(kw_only=True)
class CreatePresetsMessagesRequest:
    """The parameters and JSON body of ``POST /presets/{slug}/messages``."""

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


#: Any status with a named class (``OPERATION`` lists the ones documented here), then
#: the failures every call can have.
CreatePresetsMessagesError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[CreatePresetsMessagesRequest, CreatePresetFromInferenceResponse] = Operation(
    operation_id="createPresetsMessages",
    method="POST",
    path="/presets/{slug}/messages",
    request_type=CreatePresetsMessagesRequest,
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


def presets_create_presets_messages(
    core: OpenRouterCore,
    request: CreatePresetsMessagesRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[CreatePresetFromInferenceResponse, CreatePresetsMessagesError]:
    """Creates a preset (or a new version of an existing one) from an inference request body."""
    return invoke(core, OPERATION, request, options)


async def presets_create_presets_messages_async(
    core: OpenRouterCore,
    request: CreatePresetsMessagesRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[CreatePresetFromInferenceResponse, CreatePresetsMessagesError]:
    """Creates a preset (or a new version of an existing one) from an inference request body."""
    return await invoke_async(core, OPERATION, request, options)
