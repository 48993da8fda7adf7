# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputItems) by `python -m codegen`; do not edit.
"""An output item from the response."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.output_advisor_server_tool_item import OutputAdvisorServerToolItem
from openrouter_core.models.output_apply_patch_call_item import OutputApplyPatchCallItem
from openrouter_core.models.output_apply_patch_server_tool_item import (
    OutputApplyPatchServerToolItem,
)
from openrouter_core.models.output_bash_server_tool_item import OutputBashServerToolItem
from openrouter_core.models.output_browser_use_server_tool_item import (
    OutputBrowserUseServerToolItem,
)
from openrouter_core.models.output_code_interpreter_call_item import OutputCodeInterpreterCallItem
from openrouter_core.models.output_code_interpreter_server_tool_item import (
    OutputCodeInterpreterServerToolItem,
)
from openrouter_core.models.output_computer_call_item import OutputComputerCallItem
from openrouter_core.models.output_custom_tool_call_item import OutputCustomToolCallItem
from openrouter_core.models.output_datetime_item import OutputDatetimeItem
from openrouter_core.models.output_file_search_call_item import OutputFileSearchCallItem
from openrouter_core.models.output_file_search_server_tool_item import (
    OutputFileSearchServerToolItem,
)
from openrouter_core.models.output_files_server_tool_item import OutputFilesServerToolItem
from openrouter_core.models.output_function_call_item import OutputFunctionCallItem
from openrouter_core.models.output_fusion_server_tool_item import OutputFusionServerToolItem
from openrouter_core.models.output_image_generation_call_item import OutputImageGenerationCallItem
from openrouter_core.models.output_image_generation_server_tool_item import (
    OutputImageGenerationServerToolItem,
)
from openrouter_core.models.output_mcp_server_tool_item import OutputMcpServerToolItem
from openrouter_core.models.output_memory_server_tool_item import OutputMemoryServerToolItem
from openrouter_core.models.output_message_item import OutputMessageItem
from openrouter_core.models.output_reasoning_item import OutputReasoningItem
from openrouter_core.models.output_search_models_server_tool_item import (
    OutputSearchModelsServerToolItem,
)
from openrouter_core.models.output_shell_call_item import OutputShellCallItem
from openrouter_core.models.output_shell_call_output_item import OutputShellCallOutputItem
from openrouter_core.models.output_shell_server_tool_item import OutputShellServerToolItem
from openrouter_core.models.output_subagent_server_tool_item import OutputSubagentServerToolItem
from openrouter_core.models.output_text_editor_server_tool_item import (
    OutputTextEditorServerToolItem,
)
from openrouter_core.models.output_tool_search_server_tool_item import (
    OutputToolSearchServerToolItem,
)
from openrouter_core.models.output_web_fetch_server_tool_item import OutputWebFetchServerToolItem
from openrouter_core.models.output_web_search_call_item import OutputWebSearchCallItem
from openrouter_core.models.output_web_search_server_tool_item import OutputWebSearchServerToolItem

OutputItems: TypeAlias = (
    OutputMessageItem
    | OutputReasoningItem
    | OutputFunctionCallItem
    | OutputWebSearchCallItem
    | OutputFileSearchCallItem
    | OutputImageGenerationCallItem
    | OutputCodeInterpreterCallItem
    | OutputComputerCallItem
    | OutputDatetimeItem
    | OutputWebSearchServerToolItem
    | OutputCodeInterpreterServerToolItem
    | OutputFileSearchServerToolItem
    | OutputImageGenerationServerToolItem
    | OutputBrowserUseServerToolItem
    | OutputBashServerToolItem
    | OutputTextEditorServerToolItem
    | OutputApplyPatchServerToolItem
    | OutputApplyPatchCallItem
    | OutputShellCallItem
    | OutputShellCallOutputItem
    | OutputShellServerToolItem
    | OutputWebFetchServerToolItem
    | OutputToolSearchServerToolItem
    | OutputMemoryServerToolItem
    | OutputMcpServerToolItem
    | OutputSearchModelsServerToolItem
    | OutputFusionServerToolItem
    | OutputAdvisorServerToolItem
    | OutputSubagentServerToolItem
    | OutputFilesServerToolItem
    | OutputCustomToolCallItem
    | dict[str, Any]
)
"""An output item from the response."""


_OUTPUT_ITEMS_BY_TYPE: dict[Any, Any] = {
    "apply_patch_call": OutputApplyPatchCallItem,
    "code_interpreter_call": OutputCodeInterpreterCallItem,
    "computer_call": OutputComputerCallItem,
    "custom_tool_call": OutputCustomToolCallItem,
    "file_search_call": OutputFileSearchCallItem,
    "function_call": OutputFunctionCallItem,
    "image_generation_call": OutputImageGenerationCallItem,
    "message": OutputMessageItem,
    "openrouter:advisor": OutputAdvisorServerToolItem,
    "openrouter:apply_patch": OutputApplyPatchServerToolItem,
    "openrouter:bash": OutputBashServerToolItem,
    "openrouter:browser_use": OutputBrowserUseServerToolItem,
    "openrouter:code_interpreter": OutputCodeInterpreterServerToolItem,
    "openrouter:datetime": OutputDatetimeItem,
    "openrouter:experimental__search_models": OutputSearchModelsServerToolItem,
    "openrouter:file_search": OutputFileSearchServerToolItem,
    "openrouter:files": OutputFilesServerToolItem,
    "openrouter:fusion": OutputFusionServerToolItem,
    "openrouter:image_generation": OutputImageGenerationServerToolItem,
    "openrouter:mcp": OutputMcpServerToolItem,
    "openrouter:memory": OutputMemoryServerToolItem,
    "openrouter:shell": OutputShellServerToolItem,
    "openrouter:subagent": OutputSubagentServerToolItem,
    "openrouter:text_editor": OutputTextEditorServerToolItem,
    "openrouter:tool_search": OutputToolSearchServerToolItem,
    "openrouter:web_fetch": OutputWebFetchServerToolItem,
    "openrouter:web_search": OutputWebSearchServerToolItem,
    "reasoning": OutputReasoningItem,
    "shell_call": OutputShellCallItem,
    "shell_call_output": OutputShellCallOutputItem,
    "web_search_call": OutputWebSearchCallItem,
}


def _choose_output_items(data: Any) -> Any:
    """The member of :data:`OutputItems` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _OUTPUT_ITEMS_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"OutputItems: expected an object, got {type(data).__name__}")


register_union(OutputItems, _choose_output_items)
