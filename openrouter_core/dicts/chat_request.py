# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.chat_request` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.anthropic_cache_control_directive import (
        AnthropicCacheControlDirectiveDict,
    )
    from openrouter_core.dicts.auto_beta_router_plugin import AutoBetaRouterPluginDict
    from openrouter_core.dicts.auto_router_plugin import AutoRouterPluginDict
    from openrouter_core.dicts.chat_debug_options import ChatDebugOptionsDict
    from openrouter_core.dicts.chat_format_grammar_config import ChatFormatGrammarConfigDict
    from openrouter_core.dicts.chat_format_json_object_config import ChatFormatJsonObjectConfigDict
    from openrouter_core.dicts.chat_format_json_schema_config import ChatFormatJsonSchemaConfigDict
    from openrouter_core.dicts.chat_format_python_config import ChatFormatPythonConfigDict
    from openrouter_core.dicts.chat_format_text_config import ChatFormatTextConfigDict
    from openrouter_core.dicts.chat_function_tool import ChatFunctionToolDict
    from openrouter_core.dicts.chat_messages import ChatMessagesDict
    from openrouter_core.dicts.chat_stream_options import ChatStreamOptionsDict
    from openrouter_core.dicts.chat_tool_choice import ChatToolChoiceDict
    from openrouter_core.dicts.context_compression_plugin import ContextCompressionPluginDict
    from openrouter_core.dicts.file_parser_plugin import FileParserPluginDict
    from openrouter_core.dicts.fusion_plugin import FusionPluginDict
    from openrouter_core.dicts.image_config import ImageConfigValueDict
    from openrouter_core.dicts.moderation_plugin import ModerationPluginDict
    from openrouter_core.dicts.pareto_router_plugin import ParetoRouterPluginDict
    from openrouter_core.dicts.prediction import PredictionDict
    from openrouter_core.dicts.prompt_cache_options import PromptCacheOptionsDict
    from openrouter_core.dicts.provider_preferences import ProviderPreferencesDict
    from openrouter_core.dicts.response_healing_plugin import ResponseHealingPluginDict
    from openrouter_core.dicts.stop_server_tools_when_condition import (
        StopServerToolsWhenConditionDict,
    )
    from openrouter_core.dicts.trace_config import TraceConfigDict
    from openrouter_core.dicts.web_fetch_plugin import WebFetchPluginDict
    from openrouter_core.dicts.web_search_plugin import WebSearchPluginDict

__all__ = [
    "ChatRequestDict",
    "ChatRequestPluginsDict",
    "ChatRequestReasoningDict",
    "ChatRequestResponseFormatDict",
    "ChatRequestStopDict",
]


class ChatRequestDict(TypedDict, total=False):
    """The dict form of :class:`ChatRequest`."""

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


ChatRequestPluginsDict: TypeAlias = "AutoRouterPluginDict | AutoBetaRouterPluginDict | ModerationPluginDict | WebSearchPluginDict | WebFetchPluginDict | FileParserPluginDict | ResponseHealingPluginDict | ContextCompressionPluginDict | ParetoRouterPluginDict | FusionPluginDict"


class ChatRequestReasoningDict(TypedDict, total=False):
    """The dict form of :class:`ChatRequestReasoning`."""

    effort: Literal["max", "xhigh", "high", "medium", "low", "minimal", "none"] | str | None
    summary: Literal["auto", "concise", "detailed"] | str | None


ChatRequestResponseFormatDict: TypeAlias = "ChatFormatTextConfigDict | ChatFormatJsonObjectConfigDict | ChatFormatJsonSchemaConfigDict | ChatFormatGrammarConfigDict | ChatFormatPythonConfigDict"


ChatRequestStopDict: TypeAlias = "str | list[str]"
