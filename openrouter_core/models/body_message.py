# Generated from the OpenRouter OpenAPI spec (components/schemas/BodyMessage) by `python -m codegen`; do not edit.
"""The ``BodyMessage`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from openrouter_core._converter import register_union
from openrouter_core._unset import UNSET, Unset
from openrouter_core.models.anthropic_advisor_tool_result import AnthropicAdvisorToolResult
from openrouter_core.models.anthropic_bash_code_execution_tool_result import (
    AnthropicBashCodeExecutionToolResult,
)
from openrouter_core.models.anthropic_code_execution_tool_result import (
    AnthropicCodeExecutionToolResult,
)
from openrouter_core.models.anthropic_compaction_block import AnthropicCompactionBlock
from openrouter_core.models.anthropic_container_upload import AnthropicContainerUpload
from openrouter_core.models.anthropic_redacted_thinking_block import AnthropicRedactedThinkingBlock
from openrouter_core.models.anthropic_text_block import AnthropicTextBlock
from openrouter_core.models.anthropic_text_editor_code_execution_tool_result import (
    AnthropicTextEditorCodeExecutionToolResult,
)
from openrouter_core.models.anthropic_thinking_block import AnthropicThinkingBlock
from openrouter_core.models.anthropic_tool_search_tool_result import AnthropicToolSearchToolResult
from openrouter_core.models.anthropic_tool_use_block import AnthropicToolUseBlock
from openrouter_core.models.anthropic_web_fetch_tool_result import AnthropicWebFetchToolResult
from openrouter_core.models.anthropic_web_search_tool_result import AnthropicWebSearchToolResult
from openrouter_core.models.or_anthropic_bash_tool_result import ORAnthropicBashToolResult
from openrouter_core.models.or_anthropic_server_tool_use_block import ORAnthropicServerToolUseBlock
from openrouter_core.models.or_anthropic_shell_tool_result import ORAnthropicShellToolResult
from openrouter_core.models.or_anthropic_tool_search_result import ORAnthropicToolSearchResult
from openrouter_core.models.unknown_or_anthropic_content_block import UnknownORAnthropicContentBlock

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_container import AnthropicContainer
    from openrouter_core.models.anthropic_input_transformation import AnthropicInputTransformation
    from openrouter_core.models.anthropic_refusal_stop_details import AnthropicRefusalStopDetails
    from openrouter_core.models.body_usage2 import BodyUsage2

BodyMessageContent: TypeAlias = (
    AnthropicAdvisorToolResult
    | AnthropicBashCodeExecutionToolResult
    | AnthropicCodeExecutionToolResult
    | AnthropicCompactionBlock
    | AnthropicContainerUpload
    | ORAnthropicBashToolResult
    | ORAnthropicShellToolResult
    | ORAnthropicToolSearchResult
    | AnthropicRedactedThinkingBlock
    | ORAnthropicServerToolUseBlock
    | AnthropicTextBlock
    | AnthropicTextEditorCodeExecutionToolResult
    | AnthropicThinkingBlock
    | AnthropicToolSearchToolResult
    | AnthropicToolUseBlock
    | AnthropicWebFetchToolResult
    | AnthropicWebSearchToolResult
    | UnknownORAnthropicContentBlock
    | dict[str, Any]
)
"""The ``content`` of a :class:`BodyMessage`."""


_BODY_MESSAGE_CONTENT_BY_TYPE: dict[Any, Any] = {
    "UNKNOWN": UnknownORAnthropicContentBlock,
    "advisor_tool_result": AnthropicAdvisorToolResult,
    "bash_code_execution_tool_result": AnthropicBashCodeExecutionToolResult,
    "code_execution_tool_result": AnthropicCodeExecutionToolResult,
    "compaction": AnthropicCompactionBlock,
    "container_upload": AnthropicContainerUpload,
    "openrouter_bash_tool_result": ORAnthropicBashToolResult,
    "openrouter_shell_tool_result": ORAnthropicShellToolResult,
    "openrouter_tool_search_result": ORAnthropicToolSearchResult,
    "redacted_thinking": AnthropicRedactedThinkingBlock,
    "server_tool_use": ORAnthropicServerToolUseBlock,
    "text": AnthropicTextBlock,
    "text_editor_code_execution_tool_result": AnthropicTextEditorCodeExecutionToolResult,
    "thinking": AnthropicThinkingBlock,
    "tool_search_tool_result": AnthropicToolSearchToolResult,
    "tool_use": AnthropicToolUseBlock,
    "web_fetch_tool_result": AnthropicWebFetchToolResult,
    "web_search_tool_result": AnthropicWebSearchToolResult,
}


def _choose_body_message_content(data: Any) -> Any:
    """The member of :data:`BodyMessageContent` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _BODY_MESSAGE_CONTENT_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"BodyMessageContent: expected an object, got {type(data).__name__}")


register_union(BodyMessageContent, _choose_body_message_content)


@attrs.frozen(kw_only=True)
class BodyMessage:
    """The ``BodyMessage`` object."""

    container: AnthropicContainer | None
    content: list[BodyMessageContent]
    id: str
    model: str
    role: str = "assistant"
    stop_details: AnthropicRefusalStopDetails | None
    """Structured information about a refusal."""
    stop_reason: str | None
    """Known values: ``"end_turn"``, ``"max_tokens"``, ``"model_context_window_exceeded"``,
    ``"stop_sequence"``, ``"tool_use"``, ``"pause_turn"``, ``"refusal"``, ``"compaction"``.
    """
    stop_sequence: str | None
    type: str = "message"
    usage: BodyUsage2
    input_transformations: list[AnthropicInputTransformation] | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
