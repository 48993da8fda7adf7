# Generated from the OpenRouter OpenAPI spec (components/schemas/Inputs) by `python -m codegen`; do not edit.
"""Input for a response request - can be a string or array of items."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core._unset import UNSET, Unset
from openrouter_core.models.additional_tools_item import AdditionalToolsItem
from openrouter_core.models.agent_message_item import AgentMessageItem
from openrouter_core.models.apply_patch_call_item import ApplyPatchCallItem
from openrouter_core.models.apply_patch_call_output_item import ApplyPatchCallOutputItem
from openrouter_core.models.compaction_item import CompactionItem
from openrouter_core.models.context_compaction_item import ContextCompactionItem
from openrouter_core.models.custom_tool_call_item import CustomToolCallItem
from openrouter_core.models.custom_tool_call_output_item import CustomToolCallOutputItem
from openrouter_core.models.easy_input_message import EasyInputMessage
from openrouter_core.models.function_call_item import FunctionCallItem
from openrouter_core.models.function_call_output_item import FunctionCallOutputItem
from openrouter_core.models.input_message_item import InputMessageItem
from openrouter_core.models.item_reference_item import ItemReferenceItem
from openrouter_core.models.local_shell_call_item import LocalShellCallItem
from openrouter_core.models.local_shell_call_output_item import LocalShellCallOutputItem
from openrouter_core.models.mcp_approval_request_item import McpApprovalRequestItem
from openrouter_core.models.mcp_approval_response_item import McpApprovalResponseItem
from openrouter_core.models.mcp_call_item import McpCallItem
from openrouter_core.models.mcp_list_tools_item import McpListToolsItem
from openrouter_core.models.openai_responses_refusal_content import OpenAIResponsesRefusalContent
from openrouter_core.models.output_advisor_server_tool_item import OutputAdvisorServerToolItem
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
from openrouter_core.models.output_search_models_server_tool_item import (
    OutputSearchModelsServerToolItem,
)
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
from openrouter_core.models.reasoning_item import ReasoningItem
from openrouter_core.models.response_output_text import ResponseOutputText
from openrouter_core.models.shell_call_item import ShellCallItem
from openrouter_core.models.shell_call_output_item import ShellCallOutputItem

if TYPE_CHECKING:
    from openrouter_core.models.reasoning_summary_text import ReasoningSummaryText
    from openrouter_core.models.reasoning_text_content import ReasoningTextContent

InputsItemVariant8ContentItem: TypeAlias = (
    ResponseOutputText | OpenAIResponsesRefusalContent | dict[str, Any]
)
"""One of the shapes of :class:`InputsItemVariant8Content`."""


_INPUTS_ITEM_VARIANT8_CONTENT_ITEM_BY_TYPE: dict[Any, Any] = {
    "output_text": ResponseOutputText,
    "refusal": OpenAIResponsesRefusalContent,
}


def _choose_inputs_item_variant8_content_item(data: Any) -> Any:
    """The member of :data:`InputsItemVariant8ContentItem` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _INPUTS_ITEM_VARIANT8_CONTENT_ITEM_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"InputsItemVariant8ContentItem: expected an object, got {type(data).__name__}")


register_union(InputsItemVariant8ContentItem, _choose_inputs_item_variant8_content_item)


InputsItemVariant8Content: TypeAlias = list[InputsItemVariant8ContentItem] | str
"""The ``content`` of a :class:`InputsItemVariant8`."""


def _choose_inputs_item_variant8_content(data: Any) -> Any:
    """The member of :data:`InputsItemVariant8Content` that ``data`` is, by its JSON type."""
    if isinstance(data, str):
        return str
    if isinstance(data, list):
        return list[InputsItemVariant8ContentItem]
    raise TypeError(
        f"InputsItemVariant8Content: expected a string or an array, got {type(data).__name__}"
    )


register_union(InputsItemVariant8Content, _choose_inputs_item_variant8_content)


@attrs.frozen(kw_only=True)
class InputsItemVariant8:
    """An output message item."""

    content: InputsItemVariant8Content | None
    id: str
    phase: str | Unset | None = UNSET
    """The phase of an assistant message."""
    role: str = "assistant"
    status: str | None = None
    type: str = "message"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        content: InputsItemVariant8Content | None,
        id: str,
        phase: str | Unset | None = UNSET,
        role: str = "assistant",
        status: str | None = None,
        type: str = "message",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("content", content)
        _setattr("id", id)
        _setattr("phase", phase)
        _setattr("role", role)
        _setattr("status", status)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"content={self.content!r}, "
            f"id={self.id!r}, "
            f"phase={self.phase!r}, "
            f"role={self.role!r}, "
            f"status={self.status!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.content,
            self.id,
            self.phase,
            self.role,
            self.status,
            self.type,
            self.extra_fields,
        ) == (
            other.content,
            other.id,
            other.phase,
            other.role,
            other.status,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "InputsItemVariant8",
                self.content,
                self.id,
                self.phase,
                self.role,
                self.status,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class InputsItemVariant9:
    """An output item containing reasoning."""

    content: list[ReasoningTextContent] | Unset | None = UNSET
    encrypted_content: str | Unset | None = UNSET
    id: str
    status: str | None = None
    summary: list[ReasoningSummaryText] | None
    type: str = "reasoning"
    format: str | Unset | None = UNSET
    """Known values: :class:`ReasoningFormat`."""
    signature: str | Unset | None = UNSET
    """A signature for the reasoning content, used for verification."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        content: list[ReasoningTextContent] | Unset | None = UNSET,
        encrypted_content: str | Unset | None = UNSET,
        id: str,
        status: str | None = None,
        summary: list[ReasoningSummaryText] | None,
        type: str = "reasoning",
        format: str | Unset | None = UNSET,
        signature: str | Unset | None = UNSET,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("content", content)
        _setattr("encrypted_content", encrypted_content)
        _setattr("id", id)
        _setattr("status", status)
        _setattr("summary", summary)
        _setattr("type", type)
        _setattr("format", format)
        _setattr("signature", signature)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"content={self.content!r}, "
            f"encrypted_content={self.encrypted_content!r}, "
            f"id={self.id!r}, "
            f"status={self.status!r}, "
            f"summary={self.summary!r}, "
            f"type={self.type!r}, "
            f"format={self.format!r}, "
            f"signature={self.signature!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.content,
            self.encrypted_content,
            self.id,
            self.status,
            self.summary,
            self.type,
            self.format,
            self.signature,
            self.extra_fields,
        ) == (
            other.content,
            other.encrypted_content,
            other.id,
            other.status,
            other.summary,
            other.type,
            other.format,
            other.signature,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "InputsItemVariant9",
                self.content,
                self.encrypted_content,
                self.id,
                self.status,
                self.summary,
                self.type,
                self.format,
                self.signature,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


InputsItem: TypeAlias = (
    ReasoningItem
    | EasyInputMessage
    | InputMessageItem
    | FunctionCallItem
    | FunctionCallOutputItem
    | ApplyPatchCallItem
    | ApplyPatchCallOutputItem
    | InputsItemVariant8
    | InputsItemVariant9
    | OutputFunctionCallItem
    | OutputCustomToolCallItem
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
    | OutputWebFetchServerToolItem
    | OutputToolSearchServerToolItem
    | OutputMemoryServerToolItem
    | OutputMcpServerToolItem
    | OutputSearchModelsServerToolItem
    | OutputFusionServerToolItem
    | OutputAdvisorServerToolItem
    | OutputSubagentServerToolItem
    | OutputFilesServerToolItem
    | OutputShellServerToolItem
    | LocalShellCallItem
    | LocalShellCallOutputItem
    | ShellCallItem
    | ShellCallOutputItem
    | McpListToolsItem
    | McpApprovalRequestItem
    | McpApprovalResponseItem
    | McpCallItem
    | CustomToolCallItem
    | CustomToolCallOutputItem
    | CompactionItem
    | ContextCompactionItem
    | ItemReferenceItem
    | AdditionalToolsItem
    | AgentMessageItem
    | dict[str, Any]
)
"""One of the shapes of :class:`Inputs`."""


_INPUTS_ITEM_BY_TYPE: dict[Any, Any] = {
    "additional_tools": AdditionalToolsItem,
    "agent_message": AgentMessageItem,
    "apply_patch_call": ApplyPatchCallItem,
    "apply_patch_call_output": ApplyPatchCallOutputItem,
    "code_interpreter_call": OutputCodeInterpreterCallItem,
    "compaction": CompactionItem,
    "computer_call": OutputComputerCallItem,
    "context_compaction": ContextCompactionItem,
    "custom_tool_call": OutputCustomToolCallItem | CustomToolCallItem,
    "custom_tool_call_output": CustomToolCallOutputItem,
    "file_search_call": OutputFileSearchCallItem,
    "function_call": FunctionCallItem | OutputFunctionCallItem,
    "function_call_output": FunctionCallOutputItem,
    "image_generation_call": OutputImageGenerationCallItem,
    "item_reference": ItemReferenceItem,
    "local_shell_call": LocalShellCallItem,
    "local_shell_call_output": LocalShellCallOutputItem,
    "mcp_approval_request": McpApprovalRequestItem,
    "mcp_approval_response": McpApprovalResponseItem,
    "mcp_call": McpCallItem,
    "mcp_list_tools": McpListToolsItem,
    "message": EasyInputMessage | InputMessageItem | InputsItemVariant8,
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
    "reasoning": ReasoningItem | InputsItemVariant9,
    "shell_call": ShellCallItem,
    "shell_call_output": ShellCallOutputItem,
    "web_search_call": OutputWebSearchCallItem,
}


def _choose_inputs_item(data: Any) -> Any:
    """The member of :data:`InputsItem` that ``data`` is, by its ``type``. Members that share a
    ``type`` are tried in order.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _INPUTS_ITEM_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"InputsItem: expected an object, got {type(data).__name__}")


register_union(InputsItem, _choose_inputs_item)


Inputs: TypeAlias = str | list[InputsItem]
"""Input for a response request - can be a string or array of items."""


def _choose_inputs(data: Any) -> Any:
    """The member of :data:`Inputs` that ``data`` is, by its JSON type."""
    if isinstance(data, str):
        return str
    if isinstance(data, list):
        return list[InputsItem]
    raise TypeError(f"Inputs: expected a string or an array, got {type(data).__name__}")


register_union(Inputs, _choose_inputs)
