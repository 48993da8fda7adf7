# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatRequest) by `python -m codegen`; do not edit.
"""Chat completion request parameters."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from openrouter_core._converter import register_union
from openrouter_core._unset import UNSET, Unset
from openrouter_core.models.auto_beta_router_plugin import AutoBetaRouterPlugin
from openrouter_core.models.auto_router_plugin import AutoRouterPlugin
from openrouter_core.models.chat_format_grammar_config import ChatFormatGrammarConfig
from openrouter_core.models.chat_format_json_object_config import ChatFormatJsonObjectConfig
from openrouter_core.models.chat_format_json_schema_config import ChatFormatJsonSchemaConfig
from openrouter_core.models.chat_format_python_config import ChatFormatPythonConfig
from openrouter_core.models.chat_format_text_config import ChatFormatTextConfig
from openrouter_core.models.context_compression_plugin import ContextCompressionPlugin
from openrouter_core.models.file_parser_plugin import FileParserPlugin
from openrouter_core.models.fusion_plugin import FusionPlugin
from openrouter_core.models.moderation_plugin import ModerationPlugin
from openrouter_core.models.pareto_router_plugin import ParetoRouterPlugin
from openrouter_core.models.response_healing_plugin import ResponseHealingPlugin
from openrouter_core.models.web_fetch_plugin import WebFetchPlugin
from openrouter_core.models.web_search_plugin import WebSearchPlugin

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )
    from openrouter_core.models.chat_debug_options import ChatDebugOptions
    from openrouter_core.models.chat_function_tool import ChatFunctionTool
    from openrouter_core.models.chat_messages import ChatMessages
    from openrouter_core.models.chat_stream_options import ChatStreamOptions
    from openrouter_core.models.chat_tool_choice import ChatToolChoice
    from openrouter_core.models.image_config import ImageConfigValue
    from openrouter_core.models.prediction import Prediction
    from openrouter_core.models.prompt_cache_options import PromptCacheOptions
    from openrouter_core.models.provider_preferences import ProviderPreferences
    from openrouter_core.models.stop_server_tools_when_condition import StopServerToolsWhenCondition
    from openrouter_core.models.trace_config import TraceConfig

ChatRequestPlugins: TypeAlias = (
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


_CHAT_REQUEST_PLUGINS_BY_ID: dict[Any, Any] = {
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


def _choose_chat_request_plugins(data: Any) -> Any:
    """The member of :data:`ChatRequestPlugins` that ``data`` is, by its ``id``.

    An unknown ``id`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _CHAT_REQUEST_PLUGINS_BY_ID.get(data.get("id"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"ChatRequestPlugins: expected an object, got {type(data).__name__}")


register_union(ChatRequestPlugins, _choose_chat_request_plugins)


@attrs.frozen(kw_only=True)
class ChatRequestReasoning:
    """Configuration options for reasoning models."""

    effort: str | Unset | None = UNSET
    """Constrains effort on reasoning for reasoning models. Known values: ``"max"``, ``"xhigh"``,
    ``"high"``, ``"medium"``, ``"low"``, ``"minimal"``, ``"none"``.
    """
    summary: str | Unset | None = UNSET
    """Known values: :class:`ChatReasoningSummaryVerbosityEnum`."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


ChatRequestResponseFormat: TypeAlias = (
    ChatFormatTextConfig
    | ChatFormatJsonObjectConfig
    | ChatFormatJsonSchemaConfig
    | ChatFormatGrammarConfig
    | ChatFormatPythonConfig
    | dict[str, Any]
)
"""Response format configuration."""


_CHAT_REQUEST_RESPONSE_FORMAT_BY_TYPE: dict[Any, Any] = {
    "grammar": ChatFormatGrammarConfig,
    "json_object": ChatFormatJsonObjectConfig,
    "json_schema": ChatFormatJsonSchemaConfig,
    "python": ChatFormatPythonConfig,
    "text": ChatFormatTextConfig,
}


def _choose_chat_request_response_format(data: Any) -> Any:
    """The member of :data:`ChatRequestResponseFormat` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _CHAT_REQUEST_RESPONSE_FORMAT_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"ChatRequestResponseFormat: expected an object, got {type(data).__name__}")


register_union(ChatRequestResponseFormat, _choose_chat_request_response_format)


ChatRequestStop: TypeAlias = str | list[str]
"""Stop sequences (up to 4)."""


def _choose_chat_request_stop(data: Any) -> Any:
    """The member of :data:`ChatRequestStop` that ``data`` is, by its JSON type."""
    if isinstance(data, str):
        return str
    if isinstance(data, list):
        return list[str]
    raise TypeError(f"ChatRequestStop: expected a string or an array, got {type(data).__name__}")


register_union(ChatRequestStop, _choose_chat_request_stop)


@attrs.frozen(kw_only=True)
class ChatRequest:
    """Chat completion request parameters."""

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
    """Key-value pairs for additional object information (max 16 pairs, 64 char keys, 512 char
    values).
    """
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
    """Shorthand for setting reasoning effort. Known values: ``"max"``, ``"xhigh"``, ``"high"``,
    ``"medium"``, ``"low"``, ``"minimal"``, ``"none"``.
    """
    repetition_penalty: float | Unset | None = UNSET
    """Penalizes tokens based on how much they have already appeared in the text."""
    response_format: ChatRequestResponseFormat | None = None
    """Response format configuration."""
    route: str | Unset | None = UNSET
    """**DEPRECATED** Use providers.sort.partition instead. Known values: :class:`DeprecatedRoute`.
    """
    seed: int | Unset | None = UNSET
    """Random seed for deterministic outputs."""
    service_tier: str | Unset | None = UNSET
    """The service tier to use for processing this request. Known values: ``"auto"``, ``"default"``,
    ``"fast"``, ``"flex"``, ``"priority"``, ``"scale"``.
    """
    session_id: str | None = None
    """A unique identifier for grouping related requests (e.g., a conversation or agent workflow).
    """
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
    """Consider only tokens with "sufficiently high" probabilities based on the probability of the
    most likely token.
    """
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
