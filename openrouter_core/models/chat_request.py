# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatRequest) by `python -m codegen`; do not edit.
"""Chat completion request parameters."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        effort: str | Unset | None = UNSET,
        summary: str | Unset | None = UNSET,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("effort", effort)
        _setattr("summary", summary)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(effort={self.effort!r}, summary={self.summary!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.effort, self.summary, self.extra_fields) == (
            other.effort,
            other.summary,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("ChatRequestReasoning", self.effort, self.summary, self.extra_fields))

    # --- end of attrs methods ---


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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        cache_control: AnthropicCacheControlDirective | None = None,
        debug: ChatDebugOptions | None = None,
        frequency_penalty: float | Unset | None = UNSET,
        image_config: dict[str, ImageConfigValue] | None = None,
        logit_bias: dict[str, float] | Unset | None = UNSET,
        logprobs: bool | Unset | None = UNSET,
        max_completion_tokens: int | Unset | None = UNSET,
        max_tokens: int | Unset | None = UNSET,
        messages: list[ChatMessages],
        metadata: dict[str, str] | None = None,
        min_p: float | Unset | None = UNSET,
        modalities: list[str] | None = None,
        model: str | None = None,
        models: list[str] | None = None,
        parallel_tool_calls: bool | Unset | None = UNSET,
        plugins: list[ChatRequestPlugins] | None = None,
        prediction: Prediction | Unset | None = UNSET,
        presence_penalty: float | Unset | None = UNSET,
        prompt_cache_key: str | Unset | None = UNSET,
        prompt_cache_options: PromptCacheOptions | Unset | None = UNSET,
        provider: ProviderPreferences | Unset | None = UNSET,
        reasoning: ChatRequestReasoning | None = None,
        reasoning_effort: str | Unset | None = UNSET,
        repetition_penalty: float | Unset | None = UNSET,
        response_format: ChatRequestResponseFormat | None = None,
        route: str | Unset | None = UNSET,
        seed: int | Unset | None = UNSET,
        service_tier: str | Unset | None = UNSET,
        session_id: str | None = None,
        stop: ChatRequestStop | Unset | None = UNSET,
        stop_server_tools_when: list[StopServerToolsWhenCondition] | None = None,
        stream: bool | None = None,
        stream_options: ChatStreamOptions | Unset | None = UNSET,
        temperature: float | Unset | None = UNSET,
        tool_choice: ChatToolChoice | None = None,
        tools: list[ChatFunctionTool] | None = None,
        top_a: float | Unset | None = UNSET,
        top_k: int | Unset | None = UNSET,
        top_logprobs: int | Unset | None = UNSET,
        top_p: float | Unset | None = UNSET,
        trace: TraceConfig | None = None,
        user: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("cache_control", cache_control)
        _setattr("debug", debug)
        _setattr("frequency_penalty", frequency_penalty)
        _setattr("image_config", image_config)
        _setattr("logit_bias", logit_bias)
        _setattr("logprobs", logprobs)
        _setattr("max_completion_tokens", max_completion_tokens)
        _setattr("max_tokens", max_tokens)
        _setattr("messages", messages)
        _setattr("metadata", metadata)
        _setattr("min_p", min_p)
        _setattr("modalities", modalities)
        _setattr("model", model)
        _setattr("models", models)
        _setattr("parallel_tool_calls", parallel_tool_calls)
        _setattr("plugins", plugins)
        _setattr("prediction", prediction)
        _setattr("presence_penalty", presence_penalty)
        _setattr("prompt_cache_key", prompt_cache_key)
        _setattr("prompt_cache_options", prompt_cache_options)
        _setattr("provider", provider)
        _setattr("reasoning", reasoning)
        _setattr("reasoning_effort", reasoning_effort)
        _setattr("repetition_penalty", repetition_penalty)
        _setattr("response_format", response_format)
        _setattr("route", route)
        _setattr("seed", seed)
        _setattr("service_tier", service_tier)
        _setattr("session_id", session_id)
        _setattr("stop", stop)
        _setattr("stop_server_tools_when", stop_server_tools_when)
        _setattr("stream", stream)
        _setattr("stream_options", stream_options)
        _setattr("temperature", temperature)
        _setattr("tool_choice", tool_choice)
        _setattr("tools", tools)
        _setattr("top_a", top_a)
        _setattr("top_k", top_k)
        _setattr("top_logprobs", top_logprobs)
        _setattr("top_p", top_p)
        _setattr("trace", trace)
        _setattr("user", user)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"cache_control={self.cache_control!r}, "
            f"debug={self.debug!r}, "
            f"frequency_penalty={self.frequency_penalty!r}, "
            f"image_config={self.image_config!r}, "
            f"logit_bias={self.logit_bias!r}, "
            f"logprobs={self.logprobs!r}, "
            f"max_completion_tokens={self.max_completion_tokens!r}, "
            f"max_tokens={self.max_tokens!r}, "
            f"messages={self.messages!r}, "
            f"metadata={self.metadata!r}, "
            f"min_p={self.min_p!r}, "
            f"modalities={self.modalities!r}, "
            f"model={self.model!r}, "
            f"models={self.models!r}, "
            f"parallel_tool_calls={self.parallel_tool_calls!r}, "
            f"plugins={self.plugins!r}, "
            f"prediction={self.prediction!r}, "
            f"presence_penalty={self.presence_penalty!r}, "
            f"prompt_cache_key={self.prompt_cache_key!r}, "
            f"prompt_cache_options={self.prompt_cache_options!r}, "
            f"provider={self.provider!r}, "
            f"reasoning={self.reasoning!r}, "
            f"reasoning_effort={self.reasoning_effort!r}, "
            f"repetition_penalty={self.repetition_penalty!r}, "
            f"response_format={self.response_format!r}, "
            f"route={self.route!r}, "
            f"seed={self.seed!r}, "
            f"service_tier={self.service_tier!r}, "
            f"session_id={self.session_id!r}, "
            f"stop={self.stop!r}, "
            f"stop_server_tools_when={self.stop_server_tools_when!r}, "
            f"stream={self.stream!r}, "
            f"stream_options={self.stream_options!r}, "
            f"temperature={self.temperature!r}, "
            f"tool_choice={self.tool_choice!r}, "
            f"tools={self.tools!r}, "
            f"top_a={self.top_a!r}, "
            f"top_k={self.top_k!r}, "
            f"top_logprobs={self.top_logprobs!r}, "
            f"top_p={self.top_p!r}, "
            f"trace={self.trace!r}, "
            f"user={self.user!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.cache_control,
            self.debug,
            self.frequency_penalty,
            self.image_config,
            self.logit_bias,
            self.logprobs,
            self.max_completion_tokens,
            self.max_tokens,
            self.messages,
            self.metadata,
            self.min_p,
            self.modalities,
            self.model,
            self.models,
            self.parallel_tool_calls,
            self.plugins,
            self.prediction,
            self.presence_penalty,
            self.prompt_cache_key,
            self.prompt_cache_options,
            self.provider,
            self.reasoning,
            self.reasoning_effort,
            self.repetition_penalty,
            self.response_format,
            self.route,
            self.seed,
            self.service_tier,
            self.session_id,
            self.stop,
            self.stop_server_tools_when,
            self.stream,
            self.stream_options,
            self.temperature,
            self.tool_choice,
            self.tools,
            self.top_a,
            self.top_k,
            self.top_logprobs,
            self.top_p,
            self.trace,
            self.user,
            self.extra_fields,
        ) == (
            other.cache_control,
            other.debug,
            other.frequency_penalty,
            other.image_config,
            other.logit_bias,
            other.logprobs,
            other.max_completion_tokens,
            other.max_tokens,
            other.messages,
            other.metadata,
            other.min_p,
            other.modalities,
            other.model,
            other.models,
            other.parallel_tool_calls,
            other.plugins,
            other.prediction,
            other.presence_penalty,
            other.prompt_cache_key,
            other.prompt_cache_options,
            other.provider,
            other.reasoning,
            other.reasoning_effort,
            other.repetition_penalty,
            other.response_format,
            other.route,
            other.seed,
            other.service_tier,
            other.session_id,
            other.stop,
            other.stop_server_tools_when,
            other.stream,
            other.stream_options,
            other.temperature,
            other.tool_choice,
            other.tools,
            other.top_a,
            other.top_k,
            other.top_logprobs,
            other.top_p,
            other.trace,
            other.user,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ChatRequest",
                self.cache_control,
                self.debug,
                self.frequency_penalty,
                self.image_config,
                self.logit_bias,
                self.logprobs,
                self.max_completion_tokens,
                self.max_tokens,
                self.messages,
                self.metadata,
                self.min_p,
                self.modalities,
                self.model,
                self.models,
                self.parallel_tool_calls,
                self.plugins,
                self.prediction,
                self.presence_penalty,
                self.prompt_cache_key,
                self.prompt_cache_options,
                self.provider,
                self.reasoning,
                self.reasoning_effort,
                self.repetition_penalty,
                self.response_format,
                self.route,
                self.seed,
                self.service_tier,
                self.session_id,
                self.stop,
                self.stop_server_tools_when,
                self.stream,
                self.stream_options,
                self.temperature,
                self.tool_choice,
                self.tools,
                self.top_a,
                self.top_k,
                self.top_logprobs,
                self.top_p,
                self.trace,
                self.user,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
