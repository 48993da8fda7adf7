# Generated from the OpenRouter OpenAPI spec (components/schemas/BaseResponsesResult) by `python -m codegen`; do not edit.
"""The ``BaseResponsesResult`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from openrouter_core._converter import register_union
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
