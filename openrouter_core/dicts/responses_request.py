# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.responses_request` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, TypeAlias, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.advisor_server_tool_openrouter import AdvisorServerToolOpenRouterDict
    from openrouter_core.dicts.anthropic_cache_control_directive import (
        AnthropicCacheControlDirectiveDict,
    )
    from openrouter_core.dicts.apply_patch_server_tool import ApplyPatchServerToolDict
    from openrouter_core.dicts.apply_patch_server_tool_openrouter import (
        ApplyPatchServerToolOpenRouterDict,
    )
    from openrouter_core.dicts.auto_beta_router_plugin import AutoBetaRouterPluginDict
    from openrouter_core.dicts.auto_router_plugin import AutoRouterPluginDict
    from openrouter_core.dicts.bash_server_tool import BashServerToolDict
    from openrouter_core.dicts.chat_debug_options import ChatDebugOptionsDict
    from openrouter_core.dicts.code_interpreter_server_tool import CodeInterpreterServerToolDict
    from openrouter_core.dicts.codex_local_shell_tool import CodexLocalShellToolDict
    from openrouter_core.dicts.computer_use_server_tool import ComputerUseServerToolDict
    from openrouter_core.dicts.context_compression_plugin import ContextCompressionPluginDict
    from openrouter_core.dicts.custom_tool import CustomToolDict
    from openrouter_core.dicts.datetime_server_tool import DatetimeServerToolDict
    from openrouter_core.dicts.file_parser_plugin import FileParserPluginDict
    from openrouter_core.dicts.file_search_server_tool import FileSearchServerToolDict
    from openrouter_core.dicts.files_server_tool import FilesServerToolDict
    from openrouter_core.dicts.fusion_plugin import FusionPluginDict
    from openrouter_core.dicts.fusion_server_tool_openrouter import FusionServerToolOpenRouterDict
    from openrouter_core.dicts.image_config import ImageConfigValueDict
    from openrouter_core.dicts.image_generation_server_tool import ImageGenerationServerToolDict
    from openrouter_core.dicts.image_generation_server_tool_openrouter import (
        ImageGenerationServerToolOpenRouterDict,
    )
    from openrouter_core.dicts.inputs import InputsDict
    from openrouter_core.dicts.legacy_web_search_server_tool import LegacyWebSearchServerToolDict
    from openrouter_core.dicts.mcp_server_tool import McpServerToolDict
    from openrouter_core.dicts.moderation_plugin import ModerationPluginDict
    from openrouter_core.dicts.namespace_tool import NamespaceToolDict
    from openrouter_core.dicts.openai_responses_tool_choice import OpenAIResponsesToolChoiceDict
    from openrouter_core.dicts.pareto_router_plugin import ParetoRouterPluginDict
    from openrouter_core.dicts.preview20250311_web_search_server_tool import (
        Preview20250311WebSearchServerToolDict,
    )
    from openrouter_core.dicts.preview_web_search_server_tool import PreviewWebSearchServerToolDict
    from openrouter_core.dicts.prompt_cache_options import PromptCacheOptionsDict
    from openrouter_core.dicts.provider_preferences import ProviderPreferencesDict
    from openrouter_core.dicts.reasoning_config import ReasoningConfigDict
    from openrouter_core.dicts.response_healing_plugin import ResponseHealingPluginDict
    from openrouter_core.dicts.search_models_server_tool_openrouter import (
        SearchModelsServerToolOpenRouterDict,
    )
    from openrouter_core.dicts.shell_server_tool import ShellServerToolDict
    from openrouter_core.dicts.shell_server_tool_openrouter import ShellServerToolOpenRouterDict
    from openrouter_core.dicts.stop_server_tools_when_condition import (
        StopServerToolsWhenConditionDict,
    )
    from openrouter_core.dicts.stored_prompt_template import StoredPromptTemplateDict
    from openrouter_core.dicts.subagent_server_tool_openrouter import (
        SubagentServerToolOpenRouterDict,
    )
    from openrouter_core.dicts.text_extended_config import TextExtendedConfigDict
    from openrouter_core.dicts.tool_search_server_tool import ToolSearchServerToolDict
    from openrouter_core.dicts.trace_config import TraceConfigDict
    from openrouter_core.dicts.web_fetch_plugin import WebFetchPluginDict
    from openrouter_core.dicts.web_fetch_server_tool import WebFetchServerToolDict
    from openrouter_core.dicts.web_search_plugin import WebSearchPluginDict
    from openrouter_core.dicts.web_search_server_tool import WebSearchServerToolDict
    from openrouter_core.dicts.web_search_server_tool_openrouter import (
        WebSearchServerToolOpenRouterDict,
    )

__all__ = [
    "ResponsesRequestDict",
    "ResponsesRequestPluginsDict",
    "ResponsesRequestToolsDict",
    "ResponsesRequestToolsVariant1Dict",
]


class ResponsesRequestDict(TypedDict, total=False):
    """The dict form of :class:`ResponsesRequest`."""

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


ResponsesRequestPluginsDict: TypeAlias = "AutoRouterPluginDict | AutoBetaRouterPluginDict | ModerationPluginDict | WebSearchPluginDict | WebFetchPluginDict | FileParserPluginDict | ResponseHealingPluginDict | ContextCompressionPluginDict | ParetoRouterPluginDict | FusionPluginDict"


ResponsesRequestToolsDict: TypeAlias = "ResponsesRequestToolsVariant1Dict | PreviewWebSearchServerToolDict | Preview20250311WebSearchServerToolDict | LegacyWebSearchServerToolDict | WebSearchServerToolDict | FileSearchServerToolDict | ComputerUseServerToolDict | CodeInterpreterServerToolDict | McpServerToolDict | ImageGenerationServerToolDict | CodexLocalShellToolDict | ShellServerToolDict | ApplyPatchServerToolDict | CustomToolDict | NamespaceToolDict | AdvisorServerToolOpenRouterDict | SubagentServerToolOpenRouterDict | DatetimeServerToolDict | FilesServerToolDict | FusionServerToolOpenRouterDict | ImageGenerationServerToolOpenRouterDict | SearchModelsServerToolOpenRouterDict | WebFetchServerToolDict | WebSearchServerToolOpenRouterDict | ApplyPatchServerToolOpenRouterDict | BashServerToolDict | ShellServerToolOpenRouterDict | ToolSearchServerToolDict"


class ResponsesRequestToolsVariant1Dict(TypedDict, total=False):
    """The dict form of :class:`ResponsesRequestToolsVariant1`."""

    description: str | None
    name: Required[str]
    parameters: Required[dict[str, Any] | None]
    strict: bool | None
    type: Required[Literal["function"]]
    defer_loading: bool | None
