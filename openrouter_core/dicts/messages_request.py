# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.messages_request` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, TypeAlias, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.anthropic_cache_control_directive import (
        AnthropicCacheControlDirectiveDict,
    )
    from openrouter_core.dicts.anthropic_input_tokens_clear_at_least import (
        AnthropicInputTokensClearAtLeastDict,
    )
    from openrouter_core.dicts.anthropic_input_tokens_trigger import AnthropicInputTokensTriggerDict
    from openrouter_core.dicts.anthropic_text_block_param import AnthropicTextBlockParamDict
    from openrouter_core.dicts.anthropic_thinking_turns import AnthropicThinkingTurnsDict
    from openrouter_core.dicts.anthropic_tool_search_tool_bm25 import (
        AnthropicToolSearchToolBm25Dict,
    )
    from openrouter_core.dicts.anthropic_tool_search_tool_regex import (
        AnthropicToolSearchToolRegexDict,
    )
    from openrouter_core.dicts.anthropic_tool_uses_keep import AnthropicToolUsesKeepDict
    from openrouter_core.dicts.anthropic_tool_uses_trigger import AnthropicToolUsesTriggerDict
    from openrouter_core.dicts.anthropic_web_search_tool_user_location import (
        AnthropicWebSearchToolUserLocationDict,
    )
    from openrouter_core.dicts.auto_beta_router_plugin import AutoBetaRouterPluginDict
    from openrouter_core.dicts.auto_router_plugin import AutoRouterPluginDict
    from openrouter_core.dicts.bash_server_tool import BashServerToolDict
    from openrouter_core.dicts.context_compression_plugin import ContextCompressionPluginDict
    from openrouter_core.dicts.datetime_server_tool import DatetimeServerToolDict
    from openrouter_core.dicts.file_parser_plugin import FileParserPluginDict
    from openrouter_core.dicts.fusion_plugin import FusionPluginDict
    from openrouter_core.dicts.image_generation_server_tool_openrouter import (
        ImageGenerationServerToolOpenRouterDict,
    )
    from openrouter_core.dicts.messages_fallback_param import MessagesFallbackParamDict
    from openrouter_core.dicts.messages_message_param import MessagesMessageParamDict
    from openrouter_core.dicts.messages_output_config import MessagesOutputConfigDict
    from openrouter_core.dicts.messages_search_models_server_tool import (
        MessagesSearchModelsServerToolDict,
    )
    from openrouter_core.dicts.moderation_plugin import ModerationPluginDict
    from openrouter_core.dicts.openrouter_web_search_server_tool import (
        OpenRouterWebSearchServerToolDict,
    )
    from openrouter_core.dicts.pareto_router_plugin import ParetoRouterPluginDict
    from openrouter_core.dicts.provider_preferences import ProviderPreferencesDict
    from openrouter_core.dicts.response_healing_plugin import ResponseHealingPluginDict
    from openrouter_core.dicts.shell_server_tool_openrouter import ShellServerToolOpenRouterDict
    from openrouter_core.dicts.stop_server_tools_when_condition import (
        StopServerToolsWhenConditionDict,
    )
    from openrouter_core.dicts.tool_search_server_tool import ToolSearchServerToolDict
    from openrouter_core.dicts.trace_config import TraceConfigDict
    from openrouter_core.dicts.web_fetch_plugin import WebFetchPluginDict
    from openrouter_core.dicts.web_fetch_server_tool import WebFetchServerToolDict
    from openrouter_core.dicts.web_search_plugin import WebSearchPluginDict

__all__ = [
    "MessagesRequestContextManagementDict",
    "MessagesRequestContextManagementEditsClearThinking20251015Dict",
    "MessagesRequestContextManagementEditsClearThinking20251015KeepAllDict",
    "MessagesRequestContextManagementEditsClearThinking20251015KeepDict",
    "MessagesRequestContextManagementEditsClearToolUses20250919ClearToolInputsDict",
    "MessagesRequestContextManagementEditsClearToolUses20250919Dict",
    "MessagesRequestContextManagementEditsClearToolUses20250919TriggerDict",
    "MessagesRequestContextManagementEditsCompact20260112Dict",
    "MessagesRequestContextManagementEditsCompact20260112TriggerDict",
    "MessagesRequestContextManagementEditsDict",
    "MessagesRequestDict",
    "MessagesRequestMetadataDict",
    "MessagesRequestPluginsDict",
    "MessagesRequestSystemDict",
    "MessagesRequestThinkingAdaptiveDict",
    "MessagesRequestThinkingDict",
    "MessagesRequestThinkingDisabledDict",
    "MessagesRequestThinkingEnabledDict",
    "MessagesRequestToolChoiceAnyDict",
    "MessagesRequestToolChoiceAutoDict",
    "MessagesRequestToolChoiceDict",
    "MessagesRequestToolChoiceNoneDict",
    "MessagesRequestToolChoiceToolDict",
    "MessagesRequestToolsAdvisor20260301Dict",
    "MessagesRequestToolsBash20250124Dict",
    "MessagesRequestToolsCustomDict",
    "MessagesRequestToolsCustomInputSchemaDict",
    "MessagesRequestToolsDict",
    "MessagesRequestToolsTextEditor20250124Dict",
    "MessagesRequestToolsVariant13Dict",
    "MessagesRequestToolsWebSearch20250305Dict",
    "MessagesRequestToolsWebSearch20260209Dict",
]


class MessagesRequestDict(TypedDict, total=False):
    """The dict form of :class:`MessagesRequest`."""

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
    stream: bool | None
    system: MessagesRequestSystemDict | None
    temperature: float | None
    thinking: MessagesRequestThinkingDict | None
    tool_choice: MessagesRequestToolChoiceDict | None
    tools: list[MessagesRequestToolsDict] | None
    top_k: int | None
    top_p: float | None
    trace: TraceConfigDict | None
    user: str | None


class MessagesRequestContextManagementDict(TypedDict, total=False):
    """The dict form of :class:`MessagesRequestContextManagement`."""

    edits: list[MessagesRequestContextManagementEditsDict] | None


MessagesRequestContextManagementEditsDict: TypeAlias = "MessagesRequestContextManagementEditsClearToolUses20250919Dict | MessagesRequestContextManagementEditsClearThinking20251015Dict | MessagesRequestContextManagementEditsCompact20260112Dict"


class MessagesRequestContextManagementEditsClearThinking20251015Dict(TypedDict, total=False):
    """The dict form of :class:`MessagesRequestContextManagementEditsClearThinking20251015`."""

    keep: MessagesRequestContextManagementEditsClearThinking20251015KeepDict | None
    type: Required[Literal["clear_thinking_20251015"]]


MessagesRequestContextManagementEditsClearThinking20251015KeepDict: TypeAlias = "AnthropicThinkingTurnsDict | MessagesRequestContextManagementEditsClearThinking20251015KeepAllDict | str"


class MessagesRequestContextManagementEditsClearThinking20251015KeepAllDict(TypedDict, total=False):
    """The dict form of :class:`MessagesRequestContextManagementEditsClearThinking20251015KeepAll`."""

    type: Required[Literal["all"]]


class MessagesRequestContextManagementEditsClearToolUses20250919Dict(TypedDict, total=False):
    """The dict form of :class:`MessagesRequestContextManagementEditsClearToolUses20250919`."""

    clear_at_least: AnthropicInputTokensClearAtLeastDict | None
    clear_tool_inputs: (
        MessagesRequestContextManagementEditsClearToolUses20250919ClearToolInputsDict | None
    )
    exclude_tools: list[str] | None
    keep: AnthropicToolUsesKeepDict | None
    trigger: MessagesRequestContextManagementEditsClearToolUses20250919TriggerDict | None
    type: Required[Literal["clear_tool_uses_20250919"]]


MessagesRequestContextManagementEditsClearToolUses20250919ClearToolInputsDict: TypeAlias = (
    "bool | list[str]"
)


MessagesRequestContextManagementEditsClearToolUses20250919TriggerDict: TypeAlias = (
    "AnthropicInputTokensTriggerDict | AnthropicToolUsesTriggerDict"
)


class MessagesRequestContextManagementEditsCompact20260112Dict(TypedDict, total=False):
    """The dict form of :class:`MessagesRequestContextManagementEditsCompact20260112`."""

    instructions: str | None
    pause_after_compaction: bool | None
    trigger: MessagesRequestContextManagementEditsCompact20260112TriggerDict | None
    type: Required[Literal["compact_20260112"]]


class MessagesRequestContextManagementEditsCompact20260112TriggerDict(TypedDict, total=False):
    """The dict form of :class:`MessagesRequestContextManagementEditsCompact20260112Trigger`."""

    type: Required[Literal["input_tokens"]]
    value: Required[int]


class MessagesRequestMetadataDict(TypedDict, total=False):
    """The dict form of :class:`MessagesRequestMetadata`."""

    user_id: str | None


MessagesRequestPluginsDict: TypeAlias = "AutoRouterPluginDict | AutoBetaRouterPluginDict | ModerationPluginDict | WebSearchPluginDict | WebFetchPluginDict | FileParserPluginDict | ResponseHealingPluginDict | ContextCompressionPluginDict | ParetoRouterPluginDict | FusionPluginDict"


MessagesRequestSystemDict: TypeAlias = "str | list[AnthropicTextBlockParamDict]"


MessagesRequestThinkingDict: TypeAlias = "MessagesRequestThinkingEnabledDict | MessagesRequestThinkingDisabledDict | MessagesRequestThinkingAdaptiveDict"


class MessagesRequestThinkingAdaptiveDict(TypedDict, total=False):
    """The dict form of :class:`MessagesRequestThinkingAdaptive`."""

    display: Literal["summarized", "omitted"] | str | None
    type: Required[Literal["adaptive"]]


class MessagesRequestThinkingDisabledDict(TypedDict, total=False):
    """The dict form of :class:`MessagesRequestThinkingDisabled`."""

    type: Required[Literal["disabled"]]


class MessagesRequestThinkingEnabledDict(TypedDict, total=False):
    """The dict form of :class:`MessagesRequestThinkingEnabled`."""

    budget_tokens: Required[int]
    display: Literal["summarized", "omitted"] | str | None
    type: Required[Literal["enabled"]]


MessagesRequestToolChoiceDict: TypeAlias = "MessagesRequestToolChoiceAutoDict | MessagesRequestToolChoiceAnyDict | MessagesRequestToolChoiceNoneDict | MessagesRequestToolChoiceToolDict"


class MessagesRequestToolChoiceAnyDict(TypedDict, total=False):
    """The dict form of :class:`MessagesRequestToolChoiceAny`."""

    disable_parallel_tool_use: bool | None
    type: Required[Literal["any"]]


class MessagesRequestToolChoiceAutoDict(TypedDict, total=False):
    """The dict form of :class:`MessagesRequestToolChoiceAuto`."""

    disable_parallel_tool_use: bool | None
    type: Required[Literal["auto"]]


class MessagesRequestToolChoiceNoneDict(TypedDict, total=False):
    """The dict form of :class:`MessagesRequestToolChoiceNone`."""

    type: Required[Literal["none"]]


class MessagesRequestToolChoiceToolDict(TypedDict, total=False):
    """The dict form of :class:`MessagesRequestToolChoiceTool`."""

    disable_parallel_tool_use: bool | None
    name: Required[str]
    type: Required[Literal["tool"]]


MessagesRequestToolsDict: TypeAlias = "MessagesRequestToolsCustomDict | MessagesRequestToolsBash20250124Dict | MessagesRequestToolsTextEditor20250124Dict | MessagesRequestToolsWebSearch20250305Dict | MessagesRequestToolsWebSearch20260209Dict | MessagesRequestToolsAdvisor20260301Dict | BashServerToolDict | DatetimeServerToolDict | ImageGenerationServerToolOpenRouterDict | MessagesSearchModelsServerToolDict | WebFetchServerToolDict | OpenRouterWebSearchServerToolDict | MessagesRequestToolsVariant13Dict | AnthropicToolSearchToolBm25Dict | AnthropicToolSearchToolRegexDict | ShellServerToolOpenRouterDict | ToolSearchServerToolDict"


class MessagesRequestToolsAdvisor20260301Dict(TypedDict, total=False):
    """The dict form of :class:`MessagesRequestToolsAdvisor20260301`."""

    allowed_callers: list[str] | None
    cache_control: AnthropicCacheControlDirectiveDict | None
    caching: AnthropicCacheControlDirectiveDict | None
    defer_loading: bool | None
    max_uses: int | None
    model: Required[str]
    name: Required[Literal["advisor"]]
    type: Required[Literal["advisor_20260301"]]


class MessagesRequestToolsBash20250124Dict(TypedDict, total=False):
    """The dict form of :class:`MessagesRequestToolsBash20250124`."""

    cache_control: AnthropicCacheControlDirectiveDict | None
    name: Required[Literal["bash"]]
    type: Required[Literal["bash_20250124"]]


class MessagesRequestToolsCustomDict(TypedDict, total=False):
    """The dict form of :class:`MessagesRequestToolsCustom`."""

    cache_control: AnthropicCacheControlDirectiveDict | None
    defer_loading: bool | None
    description: str | None
    input_schema: Required[MessagesRequestToolsCustomInputSchemaDict]
    name: Required[str]
    type: Literal["custom"]


class MessagesRequestToolsCustomInputSchemaDict(TypedDict, total=False):
    """The dict form of :class:`MessagesRequestToolsCustomInputSchema`."""

    properties: Any
    required: list[str] | None
    type: str | None


class MessagesRequestToolsTextEditor20250124Dict(TypedDict, total=False):
    """The dict form of :class:`MessagesRequestToolsTextEditor20250124`."""

    cache_control: AnthropicCacheControlDirectiveDict | None
    name: Required[Literal["str_replace_editor"]]
    type: Required[Literal["text_editor_20250124"]]


class MessagesRequestToolsVariant13Dict(TypedDict, total=False):
    """The dict form of :class:`MessagesRequestToolsVariant13`."""

    type: Required[str]


class MessagesRequestToolsWebSearch20250305Dict(TypedDict, total=False):
    """The dict form of :class:`MessagesRequestToolsWebSearch20250305`."""

    allowed_domains: list[str] | None
    blocked_domains: list[str] | None
    cache_control: AnthropicCacheControlDirectiveDict | None
    max_uses: int | None
    name: Required[Literal["web_search"]]
    type: Required[Literal["web_search_20250305"]]
    user_location: AnthropicWebSearchToolUserLocationDict | None


class MessagesRequestToolsWebSearch20260209Dict(TypedDict, total=False):
    """The dict form of :class:`MessagesRequestToolsWebSearch20260209`."""

    allowed_callers: list[str] | None
    allowed_domains: list[str] | None
    blocked_domains: list[str] | None
    cache_control: AnthropicCacheControlDirectiveDict | None
    max_uses: int | None
    name: Required[Literal["web_search"]]
    type: Required[Literal["web_search_20260209"]]
    user_location: AnthropicWebSearchToolUserLocationDict | None
