# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.inputs` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.additional_tools_item import AdditionalToolsItemDict
    from openrouter_core.dicts.agent_message_item import AgentMessageItemDict
    from openrouter_core.dicts.apply_patch_call_item import ApplyPatchCallItemDict
    from openrouter_core.dicts.apply_patch_call_output_item import ApplyPatchCallOutputItemDict
    from openrouter_core.dicts.compaction_item import CompactionItemDict
    from openrouter_core.dicts.context_compaction_item import ContextCompactionItemDict
    from openrouter_core.dicts.custom_tool_call_item import CustomToolCallItemDict
    from openrouter_core.dicts.custom_tool_call_output_item import CustomToolCallOutputItemDict
    from openrouter_core.dicts.easy_input_message import EasyInputMessageDict
    from openrouter_core.dicts.function_call_item import FunctionCallItemDict
    from openrouter_core.dicts.function_call_output_item import FunctionCallOutputItemDict
    from openrouter_core.dicts.input_message_item import InputMessageItemDict
    from openrouter_core.dicts.item_reference_item import ItemReferenceItemDict
    from openrouter_core.dicts.local_shell_call_item import LocalShellCallItemDict
    from openrouter_core.dicts.local_shell_call_output_item import LocalShellCallOutputItemDict
    from openrouter_core.dicts.mcp_approval_request_item import McpApprovalRequestItemDict
    from openrouter_core.dicts.mcp_approval_response_item import McpApprovalResponseItemDict
    from openrouter_core.dicts.mcp_call_item import McpCallItemDict
    from openrouter_core.dicts.mcp_list_tools_item import McpListToolsItemDict
    from openrouter_core.dicts.openai_responses_refusal_content import (
        OpenAIResponsesRefusalContentDict,
    )
    from openrouter_core.dicts.output_advisor_server_tool_item import (
        OutputAdvisorServerToolItemDict,
    )
    from openrouter_core.dicts.output_apply_patch_server_tool_item import (
        OutputApplyPatchServerToolItemDict,
    )
    from openrouter_core.dicts.output_bash_server_tool_item import OutputBashServerToolItemDict
    from openrouter_core.dicts.output_browser_use_server_tool_item import (
        OutputBrowserUseServerToolItemDict,
    )
    from openrouter_core.dicts.output_code_interpreter_call_item import (
        OutputCodeInterpreterCallItemDict,
    )
    from openrouter_core.dicts.output_code_interpreter_server_tool_item import (
        OutputCodeInterpreterServerToolItemDict,
    )
    from openrouter_core.dicts.output_computer_call_item import OutputComputerCallItemDict
    from openrouter_core.dicts.output_custom_tool_call_item import OutputCustomToolCallItemDict
    from openrouter_core.dicts.output_datetime_item import OutputDatetimeItemDict
    from openrouter_core.dicts.output_file_search_call_item import OutputFileSearchCallItemDict
    from openrouter_core.dicts.output_file_search_server_tool_item import (
        OutputFileSearchServerToolItemDict,
    )
    from openrouter_core.dicts.output_files_server_tool_item import OutputFilesServerToolItemDict
    from openrouter_core.dicts.output_function_call_item import OutputFunctionCallItemDict
    from openrouter_core.dicts.output_fusion_server_tool_item import OutputFusionServerToolItemDict
    from openrouter_core.dicts.output_image_generation_call_item import (
        OutputImageGenerationCallItemDict,
    )
    from openrouter_core.dicts.output_image_generation_server_tool_item import (
        OutputImageGenerationServerToolItemDict,
    )
    from openrouter_core.dicts.output_mcp_server_tool_item import OutputMcpServerToolItemDict
    from openrouter_core.dicts.output_memory_server_tool_item import OutputMemoryServerToolItemDict
    from openrouter_core.dicts.output_search_models_server_tool_item import (
        OutputSearchModelsServerToolItemDict,
    )
    from openrouter_core.dicts.output_shell_server_tool_item import OutputShellServerToolItemDict
    from openrouter_core.dicts.output_subagent_server_tool_item import (
        OutputSubagentServerToolItemDict,
    )
    from openrouter_core.dicts.output_text_editor_server_tool_item import (
        OutputTextEditorServerToolItemDict,
    )
    from openrouter_core.dicts.output_tool_search_server_tool_item import (
        OutputToolSearchServerToolItemDict,
    )
    from openrouter_core.dicts.output_web_fetch_server_tool_item import (
        OutputWebFetchServerToolItemDict,
    )
    from openrouter_core.dicts.output_web_search_call_item import OutputWebSearchCallItemDict
    from openrouter_core.dicts.output_web_search_server_tool_item import (
        OutputWebSearchServerToolItemDict,
    )
    from openrouter_core.dicts.reasoning_item import ReasoningItemDict
    from openrouter_core.dicts.reasoning_summary_text import ReasoningSummaryTextDict
    from openrouter_core.dicts.reasoning_text_content import ReasoningTextContentDict
    from openrouter_core.dicts.response_output_text import ResponseOutputTextDict
    from openrouter_core.dicts.shell_call_item import ShellCallItemDict
    from openrouter_core.dicts.shell_call_output_item import ShellCallOutputItemDict

__all__ = [
    "InputsDict",
    "InputsItemDict",
    "InputsItemVariant8ContentDict",
    "InputsItemVariant8ContentItemDict",
    "InputsItemVariant8Dict",
    "InputsItemVariant9Dict",
]

InputsDict: TypeAlias = "str | list[InputsItemDict]"


InputsItemDict: TypeAlias = "ReasoningItemDict | EasyInputMessageDict | InputMessageItemDict | FunctionCallItemDict | FunctionCallOutputItemDict | ApplyPatchCallItemDict | ApplyPatchCallOutputItemDict | InputsItemVariant8Dict | InputsItemVariant9Dict | OutputFunctionCallItemDict | OutputCustomToolCallItemDict | OutputWebSearchCallItemDict | OutputFileSearchCallItemDict | OutputImageGenerationCallItemDict | OutputCodeInterpreterCallItemDict | OutputComputerCallItemDict | OutputDatetimeItemDict | OutputWebSearchServerToolItemDict | OutputCodeInterpreterServerToolItemDict | OutputFileSearchServerToolItemDict | OutputImageGenerationServerToolItemDict | OutputBrowserUseServerToolItemDict | OutputBashServerToolItemDict | OutputTextEditorServerToolItemDict | OutputApplyPatchServerToolItemDict | OutputWebFetchServerToolItemDict | OutputToolSearchServerToolItemDict | OutputMemoryServerToolItemDict | OutputMcpServerToolItemDict | OutputSearchModelsServerToolItemDict | OutputFusionServerToolItemDict | OutputAdvisorServerToolItemDict | OutputSubagentServerToolItemDict | OutputFilesServerToolItemDict | OutputShellServerToolItemDict | LocalShellCallItemDict | LocalShellCallOutputItemDict | ShellCallItemDict | ShellCallOutputItemDict | McpListToolsItemDict | McpApprovalRequestItemDict | McpApprovalResponseItemDict | McpCallItemDict | CustomToolCallItemDict | CustomToolCallOutputItemDict | CompactionItemDict | ContextCompactionItemDict | ItemReferenceItemDict | AdditionalToolsItemDict | AgentMessageItemDict"


class InputsItemVariant8Dict(TypedDict, total=False):
    """The dict form of :class:`InputsItemVariant8`."""

    content: Required[InputsItemVariant8ContentDict | None]
    id: Required[str]
    phase: Literal["commentary"] | str | None
    role: Required[Literal["assistant"]]
    status: Literal["completed"]
    type: Required[Literal["message"]]


InputsItemVariant8ContentDict: TypeAlias = "list[InputsItemVariant8ContentItemDict] | str"


InputsItemVariant8ContentItemDict: TypeAlias = (
    "ResponseOutputTextDict | OpenAIResponsesRefusalContentDict"
)


class InputsItemVariant9Dict(TypedDict, total=False):
    """The dict form of :class:`InputsItemVariant9`."""

    content: list[ReasoningTextContentDict] | None
    encrypted_content: str | None
    id: Required[str]
    status: Literal["completed"]
    summary: Required[list[ReasoningSummaryTextDict] | None]
    type: Required[Literal["reasoning"]]
    format: (
        Literal[
            "unknown",
            "openai-responses-v1",
            "azure-openai-responses-v1",
            "bedrock-openai-responses-v1",
            "bedrock-xai-responses-v1",
            "xai-responses-v1",
            "meta-responses-v1",
            "anthropic-claude-v1",
            "google-gemini-v1",
        ]
        | str
        | None
    )
    signature: str | None
