# Generated from the OpenRouter OpenAPI spec (components/schemas/ResponsesRequest) by `python -m codegen`; do not edit.
"""Request schema for Responses endpoint."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core._unset import UNSET, Unset
from openrouter_core.models.advisor_server_tool_openrouter import AdvisorServerToolOpenRouter
from openrouter_core.models.apply_patch_server_tool import ApplyPatchServerTool
from openrouter_core.models.apply_patch_server_tool_openrouter import ApplyPatchServerToolOpenRouter
from openrouter_core.models.auto_beta_router_plugin import AutoBetaRouterPlugin
from openrouter_core.models.auto_router_plugin import AutoRouterPlugin
from openrouter_core.models.bash_server_tool import BashServerTool
from openrouter_core.models.code_interpreter_server_tool import CodeInterpreterServerTool
from openrouter_core.models.codex_local_shell_tool import CodexLocalShellTool
from openrouter_core.models.computer_use_server_tool import ComputerUseServerTool
from openrouter_core.models.context_compression_plugin import ContextCompressionPlugin
from openrouter_core.models.custom_tool import CustomTool
from openrouter_core.models.datetime_server_tool import DatetimeServerTool
from openrouter_core.models.file_parser_plugin import FileParserPlugin
from openrouter_core.models.file_search_server_tool import FileSearchServerTool
from openrouter_core.models.files_server_tool import FilesServerTool
from openrouter_core.models.fusion_plugin import FusionPlugin
from openrouter_core.models.fusion_server_tool_openrouter import FusionServerToolOpenRouter
from openrouter_core.models.image_generation_server_tool import ImageGenerationServerTool
from openrouter_core.models.image_generation_server_tool_openrouter import (
    ImageGenerationServerToolOpenRouter,
)
from openrouter_core.models.legacy_web_search_server_tool import LegacyWebSearchServerTool
from openrouter_core.models.mcp_server_tool import McpServerTool
from openrouter_core.models.moderation_plugin import ModerationPlugin
from openrouter_core.models.namespace_tool import NamespaceTool
from openrouter_core.models.pareto_router_plugin import ParetoRouterPlugin
from openrouter_core.models.preview20250311_web_search_server_tool import (
    Preview20250311WebSearchServerTool,
)
from openrouter_core.models.preview_web_search_server_tool import PreviewWebSearchServerTool
from openrouter_core.models.response_healing_plugin import ResponseHealingPlugin
from openrouter_core.models.search_models_server_tool_openrouter import (
    SearchModelsServerToolOpenRouter,
)
from openrouter_core.models.shell_server_tool import ShellServerTool
from openrouter_core.models.shell_server_tool_openrouter import ShellServerToolOpenRouter
from openrouter_core.models.subagent_server_tool_openrouter import SubagentServerToolOpenRouter
from openrouter_core.models.tool_search_server_tool import ToolSearchServerTool
from openrouter_core.models.web_fetch_plugin import WebFetchPlugin
from openrouter_core.models.web_fetch_server_tool import WebFetchServerTool
from openrouter_core.models.web_search_plugin import WebSearchPlugin
from openrouter_core.models.web_search_server_tool import WebSearchServerTool
from openrouter_core.models.web_search_server_tool_openrouter import WebSearchServerToolOpenRouter

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )
    from openrouter_core.models.chat_debug_options import ChatDebugOptions
    from openrouter_core.models.image_config import ImageConfigValue
    from openrouter_core.models.inputs import Inputs
    from openrouter_core.models.openai_responses_tool_choice import OpenAIResponsesToolChoice
    from openrouter_core.models.prompt_cache_options import PromptCacheOptions
    from openrouter_core.models.provider_preferences import ProviderPreferences
    from openrouter_core.models.reasoning_config import ReasoningConfig
    from openrouter_core.models.stop_server_tools_when_condition import StopServerToolsWhenCondition
    from openrouter_core.models.stored_prompt_template import StoredPromptTemplate
    from openrouter_core.models.text_extended_config import TextExtendedConfig
    from openrouter_core.models.trace_config import TraceConfig

ResponsesRequestPlugins: TypeAlias = (
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


_RESPONSES_REQUEST_PLUGINS_BY_ID: dict[Any, Any] = {
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


def _choose_responses_request_plugins(data: Any) -> Any:
    """The member of :data:`ResponsesRequestPlugins` that ``data`` is, by its ``id``.

    An unknown ``id`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _RESPONSES_REQUEST_PLUGINS_BY_ID.get(data.get("id"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"ResponsesRequestPlugins: expected an object, got {type(data).__name__}")


register_union(ResponsesRequestPlugins, _choose_responses_request_plugins)


@attrs.frozen(kw_only=True)
class ResponsesRequestToolsVariant1:
    """Function tool definition."""

    description: str | Unset | None = UNSET
    name: str
    parameters: dict[str, Any] | None
    strict: bool | Unset | None = UNSET
    type: str = "function"
    defer_loading: bool | None = None
    """Withhold this tool from the model until `openrouter:tool_search` finds it."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        description: str | Unset | None = UNSET,
        name: str,
        parameters: dict[str, Any] | None,
        strict: bool | Unset | None = UNSET,
        type: str = "function",
        defer_loading: bool | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("description", description)
        _setattr("name", name)
        _setattr("parameters", parameters)
        _setattr("strict", strict)
        _setattr("type", type)
        _setattr("defer_loading", defer_loading)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"description={self.description!r}, "
            f"name={self.name!r}, "
            f"parameters={self.parameters!r}, "
            f"strict={self.strict!r}, "
            f"type={self.type!r}, "
            f"defer_loading={self.defer_loading!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.description,
            self.name,
            self.parameters,
            self.strict,
            self.type,
            self.defer_loading,
            self.extra_fields,
        ) == (
            other.description,
            other.name,
            other.parameters,
            other.strict,
            other.type,
            other.defer_loading,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ResponsesRequestToolsVariant1",
                self.description,
                self.name,
                self.parameters,
                self.strict,
                self.type,
                self.defer_loading,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


ResponsesRequestTools: TypeAlias = (
    ResponsesRequestToolsVariant1
    | PreviewWebSearchServerTool
    | Preview20250311WebSearchServerTool
    | LegacyWebSearchServerTool
    | WebSearchServerTool
    | FileSearchServerTool
    | ComputerUseServerTool
    | CodeInterpreterServerTool
    | McpServerTool
    | ImageGenerationServerTool
    | CodexLocalShellTool
    | ShellServerTool
    | ApplyPatchServerTool
    | CustomTool
    | NamespaceTool
    | AdvisorServerToolOpenRouter
    | SubagentServerToolOpenRouter
    | DatetimeServerTool
    | FilesServerTool
    | FusionServerToolOpenRouter
    | ImageGenerationServerToolOpenRouter
    | SearchModelsServerToolOpenRouter
    | WebFetchServerTool
    | WebSearchServerToolOpenRouter
    | ApplyPatchServerToolOpenRouter
    | BashServerTool
    | ShellServerToolOpenRouter
    | ToolSearchServerTool
    | dict[str, Any]
)
"""The ``tools`` of a :class:`ResponsesRequest`."""


_RESPONSES_REQUEST_TOOLS_BY_TYPE: dict[Any, Any] = {
    "apply_patch": ApplyPatchServerTool,
    "code_interpreter": CodeInterpreterServerTool,
    "computer_use_preview": ComputerUseServerTool,
    "custom": CustomTool,
    "file_search": FileSearchServerTool,
    "function": ResponsesRequestToolsVariant1,
    "image_generation": ImageGenerationServerTool,
    "local_shell": CodexLocalShellTool,
    "mcp": McpServerTool,
    "namespace": NamespaceTool,
    "openrouter:advisor": AdvisorServerToolOpenRouter,
    "openrouter:apply_patch": ApplyPatchServerToolOpenRouter,
    "openrouter:bash": BashServerTool,
    "openrouter:datetime": DatetimeServerTool,
    "openrouter:experimental__search_models": SearchModelsServerToolOpenRouter,
    "openrouter:files": FilesServerTool,
    "openrouter:fusion": FusionServerToolOpenRouter,
    "openrouter:image_generation": ImageGenerationServerToolOpenRouter,
    "openrouter:shell": ShellServerToolOpenRouter,
    "openrouter:subagent": SubagentServerToolOpenRouter,
    "openrouter:tool_search": ToolSearchServerTool,
    "openrouter:web_fetch": WebFetchServerTool,
    "openrouter:web_search": WebSearchServerToolOpenRouter,
    "shell": ShellServerTool,
    "web_search": LegacyWebSearchServerTool,
    "web_search_2025_08_26": WebSearchServerTool,
    "web_search_preview": PreviewWebSearchServerTool,
    "web_search_preview_2025_03_11": Preview20250311WebSearchServerTool,
}


def _choose_responses_request_tools(data: Any) -> Any:
    """The member of :data:`ResponsesRequestTools` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _RESPONSES_REQUEST_TOOLS_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"ResponsesRequestTools: expected an object, got {type(data).__name__}")


register_union(ResponsesRequestTools, _choose_responses_request_tools)


@attrs.frozen(kw_only=True)
class ResponsesRequest:
    """Request schema for Responses endpoint."""

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
    """Maximum number of server-tool (e.g. `openrouter:web_search`) agent steps the model may take
    during a request.
    """
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
    previous_response_id: Any = None
    """Not supported."""
    prompt: StoredPromptTemplate | Unset | None = UNSET
    prompt_cache_key: str | Unset | None = UNSET
    prompt_cache_options: PromptCacheOptions | Unset | None = UNSET
    provider: ProviderPreferences | Unset | None = UNSET
    reasoning: ReasoningConfig | Unset | None = UNSET
    route: str | Unset | None = UNSET
    """**DEPRECATED** Use providers.sort.partition instead. Known values: :class:`DeprecatedRoute`.
    """
    safety_identifier: str | Unset | None = UNSET
    """Recommended per-end-user identifier for abuse isolation."""
    service_tier: str | Unset | None = UNSET
    """The service tier to use for processing this request. Known values: ``"auto"``, ``"default"``,
    ``"fast"``, ``"flex"``, ``"priority"``, ``"scale"``.
    """
    session_id: str | None = None
    """A unique identifier for grouping related requests (e.g., a conversation or agent workflow).
    """
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
    """A unique identifier representing your end-user, which helps distinguish between different
    users of your app.
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        background: bool | Unset | None = UNSET,
        cache_control: AnthropicCacheControlDirective | None = None,
        debug: ChatDebugOptions | None = None,
        frequency_penalty: float | Unset | None = UNSET,
        image_config: dict[str, ImageConfigValue] | None = None,
        include: list[str] | Unset | None = UNSET,
        input: Inputs | None = None,
        instructions: str | Unset | None = UNSET,
        max_output_tokens: int | Unset | None = UNSET,
        max_tool_calls: int | Unset | None = UNSET,
        metadata: dict[str, str] | Unset | None = UNSET,
        modalities: list[str] | None = None,
        model: str | None = None,
        models: list[str] | None = None,
        parallel_tool_calls: bool | Unset | None = UNSET,
        plugins: list[ResponsesRequestPlugins] | None = None,
        presence_penalty: float | Unset | None = UNSET,
        previous_response_id: Any = None,
        prompt: StoredPromptTemplate | Unset | None = UNSET,
        prompt_cache_key: str | Unset | None = UNSET,
        prompt_cache_options: PromptCacheOptions | Unset | None = UNSET,
        provider: ProviderPreferences | Unset | None = UNSET,
        reasoning: ReasoningConfig | Unset | None = UNSET,
        route: str | Unset | None = UNSET,
        safety_identifier: str | Unset | None = UNSET,
        service_tier: str | Unset | None = UNSET,
        session_id: str | None = None,
        stop_server_tools_when: list[StopServerToolsWhenCondition] | None = None,
        store: bool | None = None,
        stream: bool | None = None,
        temperature: float | Unset | None = UNSET,
        text: TextExtendedConfig | None = None,
        tool_choice: OpenAIResponsesToolChoice | None = None,
        tools: list[ResponsesRequestTools] | None = None,
        top_k: int | None = None,
        top_logprobs: int | Unset | None = UNSET,
        top_p: float | Unset | None = UNSET,
        trace: TraceConfig | None = None,
        truncation: str | Unset | None = UNSET,
        user: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("background", background)
        _setattr("cache_control", cache_control)
        _setattr("debug", debug)
        _setattr("frequency_penalty", frequency_penalty)
        _setattr("image_config", image_config)
        _setattr("include", include)
        _setattr("input", input)
        _setattr("instructions", instructions)
        _setattr("max_output_tokens", max_output_tokens)
        _setattr("max_tool_calls", max_tool_calls)
        _setattr("metadata", metadata)
        _setattr("modalities", modalities)
        _setattr("model", model)
        _setattr("models", models)
        _setattr("parallel_tool_calls", parallel_tool_calls)
        _setattr("plugins", plugins)
        _setattr("presence_penalty", presence_penalty)
        _setattr("previous_response_id", previous_response_id)
        _setattr("prompt", prompt)
        _setattr("prompt_cache_key", prompt_cache_key)
        _setattr("prompt_cache_options", prompt_cache_options)
        _setattr("provider", provider)
        _setattr("reasoning", reasoning)
        _setattr("route", route)
        _setattr("safety_identifier", safety_identifier)
        _setattr("service_tier", service_tier)
        _setattr("session_id", session_id)
        _setattr("stop_server_tools_when", stop_server_tools_when)
        _setattr("store", store)
        _setattr("stream", stream)
        _setattr("temperature", temperature)
        _setattr("text", text)
        _setattr("tool_choice", tool_choice)
        _setattr("tools", tools)
        _setattr("top_k", top_k)
        _setattr("top_logprobs", top_logprobs)
        _setattr("top_p", top_p)
        _setattr("trace", trace)
        _setattr("truncation", truncation)
        _setattr("user", user)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"background={self.background!r}, "
            f"cache_control={self.cache_control!r}, "
            f"debug={self.debug!r}, "
            f"frequency_penalty={self.frequency_penalty!r}, "
            f"image_config={self.image_config!r}, "
            f"include={self.include!r}, "
            f"input={self.input!r}, "
            f"instructions={self.instructions!r}, "
            f"max_output_tokens={self.max_output_tokens!r}, "
            f"max_tool_calls={self.max_tool_calls!r}, "
            f"metadata={self.metadata!r}, "
            f"modalities={self.modalities!r}, "
            f"model={self.model!r}, "
            f"models={self.models!r}, "
            f"parallel_tool_calls={self.parallel_tool_calls!r}, "
            f"plugins={self.plugins!r}, "
            f"presence_penalty={self.presence_penalty!r}, "
            f"previous_response_id={self.previous_response_id!r}, "
            f"prompt={self.prompt!r}, "
            f"prompt_cache_key={self.prompt_cache_key!r}, "
            f"prompt_cache_options={self.prompt_cache_options!r}, "
            f"provider={self.provider!r}, "
            f"reasoning={self.reasoning!r}, "
            f"route={self.route!r}, "
            f"safety_identifier={self.safety_identifier!r}, "
            f"service_tier={self.service_tier!r}, "
            f"session_id={self.session_id!r}, "
            f"stop_server_tools_when={self.stop_server_tools_when!r}, "
            f"store={self.store!r}, "
            f"stream={self.stream!r}, "
            f"temperature={self.temperature!r}, "
            f"text={self.text!r}, "
            f"tool_choice={self.tool_choice!r}, "
            f"tools={self.tools!r}, "
            f"top_k={self.top_k!r}, "
            f"top_logprobs={self.top_logprobs!r}, "
            f"top_p={self.top_p!r}, "
            f"trace={self.trace!r}, "
            f"truncation={self.truncation!r}, "
            f"user={self.user!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.background,
            self.cache_control,
            self.debug,
            self.frequency_penalty,
            self.image_config,
            self.include,
            self.input,
            self.instructions,
            self.max_output_tokens,
            self.max_tool_calls,
            self.metadata,
            self.modalities,
            self.model,
            self.models,
            self.parallel_tool_calls,
            self.plugins,
            self.presence_penalty,
            self.previous_response_id,
            self.prompt,
            self.prompt_cache_key,
            self.prompt_cache_options,
            self.provider,
            self.reasoning,
            self.route,
            self.safety_identifier,
            self.service_tier,
            self.session_id,
            self.stop_server_tools_when,
            self.store,
            self.stream,
            self.temperature,
            self.text,
            self.tool_choice,
            self.tools,
            self.top_k,
            self.top_logprobs,
            self.top_p,
            self.trace,
            self.truncation,
            self.user,
            self.extra_fields,
        ) == (
            other.background,
            other.cache_control,
            other.debug,
            other.frequency_penalty,
            other.image_config,
            other.include,
            other.input,
            other.instructions,
            other.max_output_tokens,
            other.max_tool_calls,
            other.metadata,
            other.modalities,
            other.model,
            other.models,
            other.parallel_tool_calls,
            other.plugins,
            other.presence_penalty,
            other.previous_response_id,
            other.prompt,
            other.prompt_cache_key,
            other.prompt_cache_options,
            other.provider,
            other.reasoning,
            other.route,
            other.safety_identifier,
            other.service_tier,
            other.session_id,
            other.stop_server_tools_when,
            other.store,
            other.stream,
            other.temperature,
            other.text,
            other.tool_choice,
            other.tools,
            other.top_k,
            other.top_logprobs,
            other.top_p,
            other.trace,
            other.truncation,
            other.user,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ResponsesRequest",
                self.background,
                self.cache_control,
                self.debug,
                self.frequency_penalty,
                self.image_config,
                self.include,
                self.input,
                self.instructions,
                self.max_output_tokens,
                self.max_tool_calls,
                self.metadata,
                self.modalities,
                self.model,
                self.models,
                self.parallel_tool_calls,
                self.plugins,
                self.presence_penalty,
                self.previous_response_id,
                self.prompt,
                self.prompt_cache_key,
                self.prompt_cache_options,
                self.provider,
                self.reasoning,
                self.route,
                self.safety_identifier,
                self.service_tier,
                self.session_id,
                self.stop_server_tools_when,
                self.store,
                self.stream,
                self.temperature,
                self.text,
                self.tool_choice,
                self.tools,
                self.top_k,
                self.top_logprobs,
                self.top_p,
                self.trace,
                self.truncation,
                self.user,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
