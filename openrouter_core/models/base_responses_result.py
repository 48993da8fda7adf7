# Generated from the OpenRouter OpenAPI spec (components/schemas/BaseResponsesResult) by `python -m codegen`; do not edit.
"""The ``BaseResponsesResult`` object."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core._unset import UNSET, Unset
from openrouter_core.models.apply_patch_server_tool import ApplyPatchServerTool
from openrouter_core.models.code_interpreter_server_tool import CodeInterpreterServerTool
from openrouter_core.models.codex_local_shell_tool import CodexLocalShellTool
from openrouter_core.models.computer_use_server_tool import ComputerUseServerTool
from openrouter_core.models.custom_tool import CustomTool
from openrouter_core.models.file_search_server_tool import FileSearchServerTool
from openrouter_core.models.image_generation_server_tool import ImageGenerationServerTool
from openrouter_core.models.legacy_web_search_server_tool import LegacyWebSearchServerTool
from openrouter_core.models.mcp_server_tool import McpServerTool
from openrouter_core.models.namespace_tool import NamespaceTool
from openrouter_core.models.output_item_apply_patch_call import OutputItemApplyPatchCall
from openrouter_core.models.output_item_code_interpreter_call import OutputItemCodeInterpreterCall
from openrouter_core.models.output_item_custom_tool_call import OutputItemCustomToolCall
from openrouter_core.models.output_item_file_search_call import OutputItemFileSearchCall
from openrouter_core.models.output_item_function_call import OutputItemFunctionCall
from openrouter_core.models.output_item_image_generation_call import OutputItemImageGenerationCall
from openrouter_core.models.output_item_reasoning import OutputItemReasoning
from openrouter_core.models.output_item_web_search_call import OutputItemWebSearchCall
from openrouter_core.models.output_message import OutputMessage
from openrouter_core.models.preview20250311_web_search_server_tool import (
    Preview20250311WebSearchServerTool,
)
from openrouter_core.models.preview_web_search_server_tool import PreviewWebSearchServerTool
from openrouter_core.models.shell_server_tool import ShellServerTool
from openrouter_core.models.web_search_server_tool import WebSearchServerTool

if TYPE_CHECKING:
    from openrouter_core.models.base_inputs import BaseInputs
    from openrouter_core.models.base_reasoning_config import BaseReasoningConfig
    from openrouter_core.models.incomplete_details import IncompleteDetails
    from openrouter_core.models.openai_responses_tool_choice import OpenAIResponsesToolChoice
    from openrouter_core.models.openai_responses_usage import OpenAIResponsesUsage
    from openrouter_core.models.prompt_cache_options import PromptCacheOptions
    from openrouter_core.models.responses_error_field import ResponsesErrorField
    from openrouter_core.models.stored_prompt_template import StoredPromptTemplate
    from openrouter_core.models.text_config import TextConfig

BaseResponsesResultOutput: TypeAlias = (
    OutputMessage
    | OutputItemReasoning
    | OutputItemFunctionCall
    | OutputItemCustomToolCall
    | OutputItemWebSearchCall
    | OutputItemFileSearchCall
    | OutputItemImageGenerationCall
    | OutputItemApplyPatchCall
    | OutputItemCodeInterpreterCall
    | dict[str, Any]
)
"""The ``output`` of a :class:`BaseResponsesResult`."""


_BASE_RESPONSES_RESULT_OUTPUT_BY_TYPE: dict[Any, Any] = {
    "apply_patch_call": OutputItemApplyPatchCall,
    "code_interpreter_call": OutputItemCodeInterpreterCall,
    "custom_tool_call": OutputItemCustomToolCall,
    "file_search_call": OutputItemFileSearchCall,
    "function_call": OutputItemFunctionCall,
    "image_generation_call": OutputItemImageGenerationCall,
    "message": OutputMessage,
    "reasoning": OutputItemReasoning,
    "web_search_call": OutputItemWebSearchCall,
}


def _choose_base_responses_result_output(data: Any) -> Any:
    """The member of :data:`BaseResponsesResultOutput` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _BASE_RESPONSES_RESULT_OUTPUT_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"BaseResponsesResultOutput: expected an object, got {type(data).__name__}")


register_union(BaseResponsesResultOutput, _choose_base_responses_result_output)


@attrs.frozen(kw_only=True)
class BaseResponsesResultToolsVariant1:
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
                "BaseResponsesResultToolsVariant1",
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


BaseResponsesResultTools: TypeAlias = (
    BaseResponsesResultToolsVariant1
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
    | dict[str, Any]
)
"""The ``tools`` of a :class:`BaseResponsesResult`."""


_BASE_RESPONSES_RESULT_TOOLS_BY_TYPE: dict[Any, Any] = {
    "apply_patch": ApplyPatchServerTool,
    "code_interpreter": CodeInterpreterServerTool,
    "computer_use_preview": ComputerUseServerTool,
    "custom": CustomTool,
    "file_search": FileSearchServerTool,
    "function": BaseResponsesResultToolsVariant1,
    "image_generation": ImageGenerationServerTool,
    "local_shell": CodexLocalShellTool,
    "mcp": McpServerTool,
    "namespace": NamespaceTool,
    "shell": ShellServerTool,
    "web_search": LegacyWebSearchServerTool,
    "web_search_2025_08_26": WebSearchServerTool,
    "web_search_preview": PreviewWebSearchServerTool,
    "web_search_preview_2025_03_11": Preview20250311WebSearchServerTool,
}


def _choose_base_responses_result_tools(data: Any) -> Any:
    """The member of :data:`BaseResponsesResultTools` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _BASE_RESPONSES_RESULT_TOOLS_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"BaseResponsesResultTools: expected an object, got {type(data).__name__}")


register_union(BaseResponsesResultTools, _choose_base_responses_result_tools)


@attrs.frozen(kw_only=True)
class BaseResponsesResult:
    """The ``BaseResponsesResult`` object."""

    background: bool | Unset | None = UNSET
    completed_at: int | Unset | None = UNSET
    created_at: int
    error: ResponsesErrorField | None
    frequency_penalty: float | Unset | None = UNSET
    id: str
    incomplete_details: IncompleteDetails | None
    instructions: BaseInputs | None
    max_output_tokens: int | Unset | None = UNSET
    max_tool_calls: int | Unset | None = UNSET
    metadata: dict[str, str] | None
    """Metadata key-value pairs for the request."""
    model: str
    object: str = "response"
    output: list[BaseResponsesResultOutput]
    output_text: str | None = None
    parallel_tool_calls: bool
    presence_penalty: float | Unset | None = UNSET
    previous_response_id: str | Unset | None = UNSET
    prompt: StoredPromptTemplate | Unset | None = UNSET
    prompt_cache_key: str | Unset | None = UNSET
    prompt_cache_options: PromptCacheOptions | Unset | None = UNSET
    reasoning: BaseReasoningConfig | Unset | None = UNSET
    safety_identifier: str | Unset | None = UNSET
    service_tier: str | Unset | None = UNSET
    """Known values: :class:`ServiceTier`."""
    status: str | None = None
    """Known values: :class:`OpenAIResponsesResponseStatus`."""
    store: bool | None = None
    temperature: float | None
    text: TextConfig | Unset | None = UNSET
    tool_choice: OpenAIResponsesToolChoice
    tools: list[BaseResponsesResultTools]
    top_logprobs: int | Unset | None = UNSET
    top_p: float | None
    truncation: str | Unset | None = UNSET
    """Known values: :class:`Truncation`."""
    usage: OpenAIResponsesUsage | None = None
    user: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        background: bool | Unset | None = UNSET,
        completed_at: int | Unset | None = UNSET,
        created_at: int,
        error: ResponsesErrorField | None,
        frequency_penalty: float | Unset | None = UNSET,
        id: str,
        incomplete_details: IncompleteDetails | None,
        instructions: BaseInputs | None,
        max_output_tokens: int | Unset | None = UNSET,
        max_tool_calls: int | Unset | None = UNSET,
        metadata: dict[str, str] | None,
        model: str,
        object: str = "response",
        output: list[BaseResponsesResultOutput],
        output_text: str | None = None,
        parallel_tool_calls: bool,
        presence_penalty: float | Unset | None = UNSET,
        previous_response_id: str | Unset | None = UNSET,
        prompt: StoredPromptTemplate | Unset | None = UNSET,
        prompt_cache_key: str | Unset | None = UNSET,
        prompt_cache_options: PromptCacheOptions | Unset | None = UNSET,
        reasoning: BaseReasoningConfig | Unset | None = UNSET,
        safety_identifier: str | Unset | None = UNSET,
        service_tier: str | Unset | None = UNSET,
        status: str | None = None,
        store: bool | None = None,
        temperature: float | None,
        text: TextConfig | Unset | None = UNSET,
        tool_choice: OpenAIResponsesToolChoice,
        tools: list[BaseResponsesResultTools],
        top_logprobs: int | Unset | None = UNSET,
        top_p: float | None,
        truncation: str | Unset | None = UNSET,
        usage: OpenAIResponsesUsage | None = None,
        user: str | Unset | None = UNSET,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = builtins.object.__setattr__.__get__(self)
        _setattr("background", background)
        _setattr("completed_at", completed_at)
        _setattr("created_at", created_at)
        _setattr("error", error)
        _setattr("frequency_penalty", frequency_penalty)
        _setattr("id", id)
        _setattr("incomplete_details", incomplete_details)
        _setattr("instructions", instructions)
        _setattr("max_output_tokens", max_output_tokens)
        _setattr("max_tool_calls", max_tool_calls)
        _setattr("metadata", metadata)
        _setattr("model", model)
        _setattr("object", object)
        _setattr("output", output)
        _setattr("output_text", output_text)
        _setattr("parallel_tool_calls", parallel_tool_calls)
        _setattr("presence_penalty", presence_penalty)
        _setattr("previous_response_id", previous_response_id)
        _setattr("prompt", prompt)
        _setattr("prompt_cache_key", prompt_cache_key)
        _setattr("prompt_cache_options", prompt_cache_options)
        _setattr("reasoning", reasoning)
        _setattr("safety_identifier", safety_identifier)
        _setattr("service_tier", service_tier)
        _setattr("status", status)
        _setattr("store", store)
        _setattr("temperature", temperature)
        _setattr("text", text)
        _setattr("tool_choice", tool_choice)
        _setattr("tools", tools)
        _setattr("top_logprobs", top_logprobs)
        _setattr("top_p", top_p)
        _setattr("truncation", truncation)
        _setattr("usage", usage)
        _setattr("user", user)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"background={self.background!r}, "
            f"completed_at={self.completed_at!r}, "
            f"created_at={self.created_at!r}, "
            f"error={self.error!r}, "
            f"frequency_penalty={self.frequency_penalty!r}, "
            f"id={self.id!r}, "
            f"incomplete_details={self.incomplete_details!r}, "
            f"instructions={self.instructions!r}, "
            f"max_output_tokens={self.max_output_tokens!r}, "
            f"max_tool_calls={self.max_tool_calls!r}, "
            f"metadata={self.metadata!r}, "
            f"model={self.model!r}, "
            f"object={self.object!r}, "
            f"output={self.output!r}, "
            f"output_text={self.output_text!r}, "
            f"parallel_tool_calls={self.parallel_tool_calls!r}, "
            f"presence_penalty={self.presence_penalty!r}, "
            f"previous_response_id={self.previous_response_id!r}, "
            f"prompt={self.prompt!r}, "
            f"prompt_cache_key={self.prompt_cache_key!r}, "
            f"prompt_cache_options={self.prompt_cache_options!r}, "
            f"reasoning={self.reasoning!r}, "
            f"safety_identifier={self.safety_identifier!r}, "
            f"service_tier={self.service_tier!r}, "
            f"status={self.status!r}, "
            f"store={self.store!r}, "
            f"temperature={self.temperature!r}, "
            f"text={self.text!r}, "
            f"tool_choice={self.tool_choice!r}, "
            f"tools={self.tools!r}, "
            f"top_logprobs={self.top_logprobs!r}, "
            f"top_p={self.top_p!r}, "
            f"truncation={self.truncation!r}, "
            f"usage={self.usage!r}, "
            f"user={self.user!r})"
        )

    def __eq__(self, other: builtins.object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.background,
            self.completed_at,
            self.created_at,
            self.error,
            self.frequency_penalty,
            self.id,
            self.incomplete_details,
            self.instructions,
            self.max_output_tokens,
            self.max_tool_calls,
            self.metadata,
            self.model,
            self.object,
            self.output,
            self.output_text,
            self.parallel_tool_calls,
            self.presence_penalty,
            self.previous_response_id,
            self.prompt,
            self.prompt_cache_key,
            self.prompt_cache_options,
            self.reasoning,
            self.safety_identifier,
            self.service_tier,
            self.status,
            self.store,
            self.temperature,
            self.text,
            self.tool_choice,
            self.tools,
            self.top_logprobs,
            self.top_p,
            self.truncation,
            self.usage,
            self.user,
            self.extra_fields,
        ) == (
            other.background,
            other.completed_at,
            other.created_at,
            other.error,
            other.frequency_penalty,
            other.id,
            other.incomplete_details,
            other.instructions,
            other.max_output_tokens,
            other.max_tool_calls,
            other.metadata,
            other.model,
            other.object,
            other.output,
            other.output_text,
            other.parallel_tool_calls,
            other.presence_penalty,
            other.previous_response_id,
            other.prompt,
            other.prompt_cache_key,
            other.prompt_cache_options,
            other.reasoning,
            other.safety_identifier,
            other.service_tier,
            other.status,
            other.store,
            other.temperature,
            other.text,
            other.tool_choice,
            other.tools,
            other.top_logprobs,
            other.top_p,
            other.truncation,
            other.usage,
            other.user,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "BaseResponsesResult",
                self.background,
                self.completed_at,
                self.created_at,
                self.error,
                self.frequency_penalty,
                self.id,
                self.incomplete_details,
                self.instructions,
                self.max_output_tokens,
                self.max_tool_calls,
                self.metadata,
                self.model,
                self.object,
                self.output,
                self.output_text,
                self.parallel_tool_calls,
                self.presence_penalty,
                self.previous_response_id,
                self.prompt,
                self.prompt_cache_key,
                self.prompt_cache_options,
                self.reasoning,
                self.safety_identifier,
                self.service_tier,
                self.status,
                self.store,
                self.temperature,
                self.text,
                self.tool_choice,
                self.tools,
                self.top_logprobs,
                self.top_p,
                self.truncation,
                self.usage,
                self.user,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
