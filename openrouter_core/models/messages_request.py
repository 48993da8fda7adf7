# Generated from the OpenRouter OpenAPI spec (components/schemas/MessagesRequest) by `python -m codegen`; do not edit.
"""Request schema for Anthropic Messages API endpoint."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from openrouter_core._converter import register_union
from openrouter_core._unset import UNSET, Unset
from openrouter_core.models.anthropic_input_tokens_trigger import AnthropicInputTokensTrigger
from openrouter_core.models.anthropic_text_block_param import AnthropicTextBlockParam
from openrouter_core.models.anthropic_thinking_turns import AnthropicThinkingTurns
from openrouter_core.models.anthropic_tool_search_tool_bm25 import AnthropicToolSearchToolBm25
from openrouter_core.models.anthropic_tool_search_tool_regex import AnthropicToolSearchToolRegex
from openrouter_core.models.anthropic_tool_uses_trigger import AnthropicToolUsesTrigger
from openrouter_core.models.auto_beta_router_plugin import AutoBetaRouterPlugin
from openrouter_core.models.auto_router_plugin import AutoRouterPlugin
from openrouter_core.models.bash_server_tool import BashServerTool
from openrouter_core.models.context_compression_plugin import ContextCompressionPlugin
from openrouter_core.models.datetime_server_tool import DatetimeServerTool
from openrouter_core.models.file_parser_plugin import FileParserPlugin
from openrouter_core.models.fusion_plugin import FusionPlugin
from openrouter_core.models.image_generation_server_tool_openrouter import (
    ImageGenerationServerToolOpenRouter,
)
from openrouter_core.models.messages_search_models_server_tool import MessagesSearchModelsServerTool
from openrouter_core.models.moderation_plugin import ModerationPlugin
from openrouter_core.models.openrouter_web_search_server_tool import OpenRouterWebSearchServerTool
from openrouter_core.models.pareto_router_plugin import ParetoRouterPlugin
from openrouter_core.models.response_healing_plugin import ResponseHealingPlugin
from openrouter_core.models.shell_server_tool_openrouter import ShellServerToolOpenRouter
from openrouter_core.models.tool_search_server_tool import ToolSearchServerTool
from openrouter_core.models.web_fetch_plugin import WebFetchPlugin
from openrouter_core.models.web_fetch_server_tool import WebFetchServerTool
from openrouter_core.models.web_search_plugin import WebSearchPlugin

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )
    from openrouter_core.models.anthropic_input_tokens_clear_at_least import (
        AnthropicInputTokensClearAtLeast,
    )
    from openrouter_core.models.anthropic_tool_uses_keep import AnthropicToolUsesKeep
    from openrouter_core.models.anthropic_web_search_tool_user_location import (
        AnthropicWebSearchToolUserLocation,
    )
    from openrouter_core.models.messages_fallback_param import MessagesFallbackParam
    from openrouter_core.models.messages_message_param import MessagesMessageParam
    from openrouter_core.models.messages_output_config import MessagesOutputConfig
    from openrouter_core.models.provider_preferences import ProviderPreferences
    from openrouter_core.models.stop_server_tools_when_condition import StopServerToolsWhenCondition
    from openrouter_core.models.trace_config import TraceConfig


@attrs.frozen(kw_only=True)
class MessagesRequestContextManagementEditsClearThinking20251015KeepAll:
    """One of the shapes of :class:`MessagesRequestContextManagementEditsClearThinking20251015Keep`."""

    type: str = "all"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


MessagesRequestContextManagementEditsClearThinking20251015Keep: TypeAlias = (
    AnthropicThinkingTurns
    | MessagesRequestContextManagementEditsClearThinking20251015KeepAll
    | str
    | dict[str, Any]
)
"""The ``keep`` of a :class:`MessagesRequestContextManagementEditsClearThinking20251015`."""


_MESSAGES_REQUEST_CONTEXT_MANAGEMENT_EDITS_CLEAR_THINKING20251015_KEEP_BY_TYPE: dict[Any, Any] = {
    "all": MessagesRequestContextManagementEditsClearThinking20251015KeepAll,
    "thinking_turns": AnthropicThinkingTurns,
}


def _choose_messages_request_context_management_edits_clear_thinking20251015_keep(data: Any) -> Any:
    """The member of :data:`MessagesRequestContextManagementEditsClearThinking20251015Keep` that
    ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, str):
        return str
    if isinstance(data, dict):
        return _MESSAGES_REQUEST_CONTEXT_MANAGEMENT_EDITS_CLEAR_THINKING20251015_KEEP_BY_TYPE.get(
            data.get("type"), dict
        )
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"MessagesRequestContextManagementEditsClearThinking20251015Keep: expected a string or an object, got {type(data).__name__}"
    )


register_union(
    MessagesRequestContextManagementEditsClearThinking20251015Keep,
    _choose_messages_request_context_management_edits_clear_thinking20251015_keep,
)


@attrs.frozen(kw_only=True)
class MessagesRequestContextManagementEditsClearThinking20251015:
    """One of the shapes of :class:`MessagesRequestContextManagementEdits`."""

    keep: MessagesRequestContextManagementEditsClearThinking20251015Keep | None = None
    type: str = "clear_thinking_20251015"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


MessagesRequestContextManagementEditsClearToolUses20250919ClearToolInputs: TypeAlias = (
    bool | list[str]
)
"""The ``clear_tool_inputs`` of a
:class:`MessagesRequestContextManagementEditsClearToolUses20250919`.
"""


def _choose_messages_request_context_management_edits_clear_tool_uses20250919_clear_tool_inputs(
    data: Any,
) -> Any:
    """The member of
    :data:`MessagesRequestContextManagementEditsClearToolUses20250919ClearToolInputs` that
    ``data`` is, by its JSON type.
    """
    if isinstance(data, bool):
        return bool
    if isinstance(data, list):
        return list[str]
    raise TypeError(
        f"MessagesRequestContextManagementEditsClearToolUses20250919ClearToolInputs: expected a boolean or an array, got {type(data).__name__}"
    )


register_union(
    MessagesRequestContextManagementEditsClearToolUses20250919ClearToolInputs,
    _choose_messages_request_context_management_edits_clear_tool_uses20250919_clear_tool_inputs,
)


MessagesRequestContextManagementEditsClearToolUses20250919Trigger: TypeAlias = (
    AnthropicInputTokensTrigger | AnthropicToolUsesTrigger | dict[str, Any]
)
"""The ``trigger`` of a :class:`MessagesRequestContextManagementEditsClearToolUses20250919`."""


_MESSAGES_REQUEST_CONTEXT_MANAGEMENT_EDITS_CLEAR_TOOL_USES20250919_TRIGGER_BY_TYPE: dict[
    Any, Any
] = {
    "input_tokens": AnthropicInputTokensTrigger,
    "tool_uses": AnthropicToolUsesTrigger,
}


def _choose_messages_request_context_management_edits_clear_tool_uses20250919_trigger(
    data: Any,
) -> Any:
    """The member of :data:`MessagesRequestContextManagementEditsClearToolUses20250919Trigger` that
    ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return (
            _MESSAGES_REQUEST_CONTEXT_MANAGEMENT_EDITS_CLEAR_TOOL_USES20250919_TRIGGER_BY_TYPE.get(
                data.get("type"), dict
            )
        )
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"MessagesRequestContextManagementEditsClearToolUses20250919Trigger: expected an object, got {type(data).__name__}"
    )


register_union(
    MessagesRequestContextManagementEditsClearToolUses20250919Trigger,
    _choose_messages_request_context_management_edits_clear_tool_uses20250919_trigger,
)


@attrs.frozen(kw_only=True)
class MessagesRequestContextManagementEditsClearToolUses20250919:
    """One of the shapes of :class:`MessagesRequestContextManagementEdits`."""

    clear_at_least: AnthropicInputTokensClearAtLeast | Unset | None = UNSET
    clear_tool_inputs: (
        MessagesRequestContextManagementEditsClearToolUses20250919ClearToolInputs | Unset | None
    ) = UNSET
    exclude_tools: list[str] | Unset | None = UNSET
    keep: AnthropicToolUsesKeep | None = None
    trigger: MessagesRequestContextManagementEditsClearToolUses20250919Trigger | None = None
    type: str = "clear_tool_uses_20250919"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class MessagesRequestContextManagementEditsCompact20260112Trigger:
    """The ``trigger`` of a :class:`MessagesRequestContextManagementEditsCompact20260112`."""

    type: str = "input_tokens"
    value: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class MessagesRequestContextManagementEditsCompact20260112:
    """One of the shapes of :class:`MessagesRequestContextManagementEdits`."""

    instructions: str | Unset | None = UNSET
    pause_after_compaction: bool | None = None
    trigger: MessagesRequestContextManagementEditsCompact20260112Trigger | Unset | None = UNSET
    type: str = "compact_20260112"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


MessagesRequestContextManagementEdits: TypeAlias = (
    MessagesRequestContextManagementEditsClearToolUses20250919
    | MessagesRequestContextManagementEditsClearThinking20251015
    | MessagesRequestContextManagementEditsCompact20260112
    | dict[str, Any]
)
"""The ``edits`` of a :class:`MessagesRequestContextManagement`."""


_MESSAGES_REQUEST_CONTEXT_MANAGEMENT_EDITS_BY_TYPE: dict[Any, Any] = {
    "clear_thinking_20251015": MessagesRequestContextManagementEditsClearThinking20251015,
    "clear_tool_uses_20250919": MessagesRequestContextManagementEditsClearToolUses20250919,
    "compact_20260112": MessagesRequestContextManagementEditsCompact20260112,
}


def _choose_messages_request_context_management_edits(data: Any) -> Any:
    """The member of :data:`MessagesRequestContextManagementEdits` that ``data`` is, by its
    ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _MESSAGES_REQUEST_CONTEXT_MANAGEMENT_EDITS_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"MessagesRequestContextManagementEdits: expected an object, got {type(data).__name__}"
    )


register_union(
    MessagesRequestContextManagementEdits, _choose_messages_request_context_management_edits
)


@attrs.frozen(kw_only=True)
class MessagesRequestContextManagement:
    """The ``context_management`` of a :class:`MessagesRequest`."""

    edits: list[MessagesRequestContextManagementEdits] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class MessagesRequestMetadata:
    """The ``metadata`` of a :class:`MessagesRequest`."""

    user_id: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


MessagesRequestPlugins: TypeAlias = (
    AutoRouterPlugin
    | AutoBetaRouterPlugin
    | ModerationPlugin
    | WebSearchPlugin
    | WebFetchPlugin
    | FileParserPlugin
    | ResponseHealingPlugin
    | ContextCompressionPlugin
    | ParetoRouterPlugin
    | FusionPlugin
    | dict[str, Any]
)
"""Plugins you want to enable for this request, including their settings."""


_MESSAGES_REQUEST_PLUGINS_BY_ID: dict[Any, Any] = {
    "auto-beta-router": AutoBetaRouterPlugin,
    "auto-router": AutoRouterPlugin,
    "context-compression": ContextCompressionPlugin,
    "file-parser": FileParserPlugin,
    "fusion": FusionPlugin,
    "moderation": ModerationPlugin,
    "pareto-router": ParetoRouterPlugin,
    "response-healing": ResponseHealingPlugin,
    "web": WebSearchPlugin,
    "web-fetch": WebFetchPlugin,
}


def _choose_messages_request_plugins(data: Any) -> Any:
    """The member of :data:`MessagesRequestPlugins` that ``data`` is, by its ``id``.

    An unknown ``id`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _MESSAGES_REQUEST_PLUGINS_BY_ID.get(data.get("id"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"MessagesRequestPlugins: expected an object, got {type(data).__name__}")


register_union(MessagesRequestPlugins, _choose_messages_request_plugins)


MessagesRequestSystem: TypeAlias = str | list[AnthropicTextBlockParam]
"""The ``system`` of a :class:`MessagesRequest`."""


def _choose_messages_request_system(data: Any) -> Any:
    """The member of :data:`MessagesRequestSystem` that ``data`` is, by its JSON type."""
    if isinstance(data, str):
        return str
    if isinstance(data, list):
        return list[AnthropicTextBlockParam]
    raise TypeError(
        f"MessagesRequestSystem: expected a string or an array, got {type(data).__name__}"
    )


register_union(MessagesRequestSystem, _choose_messages_request_system)


@attrs.frozen(kw_only=True)
class MessagesRequestThinkingAdaptive:
    """One of the shapes of :class:`MessagesRequestThinking`."""

    display: str | Unset | None = UNSET
    """Known values: :class:`AnthropicThinkingDisplay`."""
    type: str = "adaptive"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class MessagesRequestThinkingDisabled:
    """One of the shapes of :class:`MessagesRequestThinking`."""

    type: str = "disabled"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class MessagesRequestThinkingEnabled:
    """One of the shapes of :class:`MessagesRequestThinking`."""

    budget_tokens: int
    display: str | Unset | None = UNSET
    """Known values: :class:`AnthropicThinkingDisplay`."""
    type: str = "enabled"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


MessagesRequestThinking: TypeAlias = (
    MessagesRequestThinkingEnabled
    | MessagesRequestThinkingDisabled
    | MessagesRequestThinkingAdaptive
    | dict[str, Any]
)
"""The ``thinking`` of a :class:`MessagesRequest`."""


_MESSAGES_REQUEST_THINKING_BY_TYPE: dict[Any, Any] = {
    "adaptive": MessagesRequestThinkingAdaptive,
    "disabled": MessagesRequestThinkingDisabled,
    "enabled": MessagesRequestThinkingEnabled,
}


def _choose_messages_request_thinking(data: Any) -> Any:
    """The member of :data:`MessagesRequestThinking` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _MESSAGES_REQUEST_THINKING_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"MessagesRequestThinking: expected an object, got {type(data).__name__}")


register_union(MessagesRequestThinking, _choose_messages_request_thinking)


@attrs.frozen(kw_only=True)
class MessagesRequestToolChoiceAny:
    """One of the shapes of :class:`MessagesRequestToolChoice`."""

    disable_parallel_tool_use: bool | None = None
    type: str = "any"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class MessagesRequestToolChoiceAuto:
    """One of the shapes of :class:`MessagesRequestToolChoice`."""

    disable_parallel_tool_use: bool | None = None
    type: str = "auto"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class MessagesRequestToolChoiceNone:
    """One of the shapes of :class:`MessagesRequestToolChoice`."""

    type: str = "none"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class MessagesRequestToolChoiceTool:
    """One of the shapes of :class:`MessagesRequestToolChoice`."""

    disable_parallel_tool_use: bool | None = None
    name: str
    type: str = "tool"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


MessagesRequestToolChoice: TypeAlias = (
    MessagesRequestToolChoiceAuto
    | MessagesRequestToolChoiceAny
    | MessagesRequestToolChoiceNone
    | MessagesRequestToolChoiceTool
    | dict[str, Any]
)
"""The ``tool_choice`` of a :class:`MessagesRequest`."""


_MESSAGES_REQUEST_TOOL_CHOICE_BY_TYPE: dict[Any, Any] = {
    "any": MessagesRequestToolChoiceAny,
    "auto": MessagesRequestToolChoiceAuto,
    "none": MessagesRequestToolChoiceNone,
    "tool": MessagesRequestToolChoiceTool,
}


def _choose_messages_request_tool_choice(data: Any) -> Any:
    """The member of :data:`MessagesRequestToolChoice` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _MESSAGES_REQUEST_TOOL_CHOICE_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"MessagesRequestToolChoice: expected an object, got {type(data).__name__}")


register_union(MessagesRequestToolChoice, _choose_messages_request_tool_choice)


@attrs.frozen(kw_only=True)
class MessagesRequestToolsAdvisor20260301:
    """One of the shapes of :class:`MessagesRequestTools`."""

    allowed_callers: list[str] | None = None
    cache_control: AnthropicCacheControlDirective | None = None
    caching: AnthropicCacheControlDirective | Unset | None = UNSET
    defer_loading: bool | None = None
    max_uses: int | None = None
    model: str
    name: str = "advisor"
    type: str = "advisor_20260301"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class MessagesRequestToolsBash20250124:
    """One of the shapes of :class:`MessagesRequestTools`."""

    cache_control: AnthropicCacheControlDirective | None = None
    name: str = "bash"
    type: str = "bash_20250124"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class MessagesRequestToolsCustomInputSchema:
    """The ``input_schema`` of a :class:`MessagesRequestToolsCustom`."""

    properties: Any = None
    required: list[str] | Unset | None = UNSET
    type: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class MessagesRequestToolsCustom:
    """One of the shapes of :class:`MessagesRequestTools`."""

    cache_control: AnthropicCacheControlDirective | None = None
    defer_loading: bool | None = None
    description: str | None = None
    input_schema: MessagesRequestToolsCustomInputSchema
    name: str
    type: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class MessagesRequestToolsTextEditor20250124:
    """One of the shapes of :class:`MessagesRequestTools`."""

    cache_control: AnthropicCacheControlDirective | None = None
    name: str = "str_replace_editor"
    type: str = "text_editor_20250124"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class MessagesRequestToolsVariant13:
    """One of the shapes of :class:`MessagesRequestTools`."""

    type: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class MessagesRequestToolsWebSearch20250305:
    """One of the shapes of :class:`MessagesRequestTools`."""

    allowed_domains: list[str] | Unset | None = UNSET
    blocked_domains: list[str] | Unset | None = UNSET
    cache_control: AnthropicCacheControlDirective | None = None
    max_uses: int | Unset | None = UNSET
    name: str = "web_search"
    type: str = "web_search_20250305"
    user_location: AnthropicWebSearchToolUserLocation | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class MessagesRequestToolsWebSearch20260209:
    """One of the shapes of :class:`MessagesRequestTools`."""

    allowed_callers: list[str] | None = None
    allowed_domains: list[str] | Unset | None = UNSET
    blocked_domains: list[str] | Unset | None = UNSET
    cache_control: AnthropicCacheControlDirective | None = None
    max_uses: int | Unset | None = UNSET
    name: str = "web_search"
    type: str = "web_search_20260209"
    user_location: AnthropicWebSearchToolUserLocation | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


MessagesRequestTools: TypeAlias = (
    MessagesRequestToolsCustom
    | MessagesRequestToolsBash20250124
    | MessagesRequestToolsTextEditor20250124
    | MessagesRequestToolsWebSearch20250305
    | MessagesRequestToolsWebSearch20260209
    | MessagesRequestToolsAdvisor20260301
    | BashServerTool
    | DatetimeServerTool
    | ImageGenerationServerToolOpenRouter
    | MessagesSearchModelsServerTool
    | WebFetchServerTool
    | OpenRouterWebSearchServerTool
    | MessagesRequestToolsVariant13
    | AnthropicToolSearchToolBm25
    | AnthropicToolSearchToolRegex
    | ShellServerToolOpenRouter
    | ToolSearchServerTool
)
"""The ``tools`` of a :class:`MessagesRequest`."""


_MESSAGES_REQUEST_TOOLS_BY_TYPE: dict[Any, Any] = {
    "advisor_20260301": MessagesRequestToolsAdvisor20260301,
    "bash_20250124": MessagesRequestToolsBash20250124,
    "custom": MessagesRequestToolsCustom,
    "openrouter:bash": BashServerTool,
    "openrouter:datetime": DatetimeServerTool,
    "openrouter:experimental__search_models": MessagesSearchModelsServerTool,
    "openrouter:image_generation": ImageGenerationServerToolOpenRouter,
    "openrouter:shell": ShellServerToolOpenRouter,
    "openrouter:tool_search": ToolSearchServerTool,
    "openrouter:web_fetch": WebFetchServerTool,
    "openrouter:web_search": OpenRouterWebSearchServerTool,
    "text_editor_20250124": MessagesRequestToolsTextEditor20250124,
    "tool_search_tool_bm25": AnthropicToolSearchToolBm25,
    "tool_search_tool_bm25_20251119": AnthropicToolSearchToolBm25,
    "tool_search_tool_regex": AnthropicToolSearchToolRegex,
    "tool_search_tool_regex_20251119": AnthropicToolSearchToolRegex,
    "web_search_20250305": MessagesRequestToolsWebSearch20250305,
    "web_search_20260209": MessagesRequestToolsWebSearch20260209,
}


def _choose_messages_request_tools(data: Any) -> Any:
    """The member of :data:`MessagesRequestTools` that ``data`` is, by its ``type``.

    An unknown ``type`` goes to :class:`MessagesRequestToolsVariant13`.
    """
    if isinstance(data, dict):
        return _MESSAGES_REQUEST_TOOLS_BY_TYPE.get(data.get("type"), MessagesRequestToolsVariant13)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"MessagesRequestTools: expected an object, got {type(data).__name__}")


register_union(MessagesRequestTools, _choose_messages_request_tools)


@attrs.frozen(kw_only=True)
class MessagesRequest:
    """Request schema for Anthropic Messages API endpoint."""

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
    """**DEPRECATED** Use providers.sort.partition instead. Known values: :class:`DeprecatedRoute`.
    """
    service_tier: str | None = None
    session_id: str | None = None
    """A unique identifier for grouping related requests (e.g., a conversation or agent workflow).
    """
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
    """A unique identifier representing your end-user, which helps distinguish between different
    users of your app.
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
