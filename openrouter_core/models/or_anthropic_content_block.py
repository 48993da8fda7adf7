# Generated from the OpenRouter OpenAPI spec (components/schemas/ORAnthropicContentBlock) by `python -m codegen`; do not edit.
"""One of :class:`AnthropicTextBlock`, :class:`AnthropicToolUseBlock`,
:class:`AnthropicThinkingBlock`, :class:`AnthropicRedactedThinkingBlock`,
:class:`ORAnthropicServerToolUseBlock`, :class:`AnthropicWebSearchToolResult`,
:class:`AnthropicWebFetchToolResult`, :class:`AnthropicCodeExecutionToolResult`,
:class:`AnthropicBashCodeExecutionToolResult`,
:class:`AnthropicTextEditorCodeExecutionToolResult`, :class:`AnthropicToolSearchToolResult`,
:class:`AnthropicContainerUpload`, :class:`AnthropicCompactionBlock`,
:class:`AnthropicAdvisorToolResult`, :class:`ORAnthropicShellToolResult`,
:class:`ORAnthropicBashToolResult`, ``dict[str, Any]``.
"""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
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

ORAnthropicContentBlock: TypeAlias = (
    AnthropicTextBlock
    | AnthropicToolUseBlock
    | AnthropicThinkingBlock
    | AnthropicRedactedThinkingBlock
    | ORAnthropicServerToolUseBlock
    | AnthropicWebSearchToolResult
    | AnthropicWebFetchToolResult
    | AnthropicCodeExecutionToolResult
    | AnthropicBashCodeExecutionToolResult
    | AnthropicTextEditorCodeExecutionToolResult
    | AnthropicToolSearchToolResult
    | AnthropicContainerUpload
    | AnthropicCompactionBlock
    | AnthropicAdvisorToolResult
    | ORAnthropicShellToolResult
    | ORAnthropicBashToolResult
    | dict[str, Any]
)
"""One of :class:`AnthropicTextBlock`, :class:`AnthropicToolUseBlock`,
:class:`AnthropicThinkingBlock`, :class:`AnthropicRedactedThinkingBlock`,
:class:`ORAnthropicServerToolUseBlock`, :class:`AnthropicWebSearchToolResult`,
:class:`AnthropicWebFetchToolResult`, :class:`AnthropicCodeExecutionToolResult`,
:class:`AnthropicBashCodeExecutionToolResult`,
:class:`AnthropicTextEditorCodeExecutionToolResult`, :class:`AnthropicToolSearchToolResult`,
:class:`AnthropicContainerUpload`, :class:`AnthropicCompactionBlock`,
:class:`AnthropicAdvisorToolResult`, :class:`ORAnthropicShellToolResult`,
:class:`ORAnthropicBashToolResult`, ``dict[str, Any]``.
"""


_OR_ANTHROPIC_CONTENT_BLOCK_BY_TYPE: dict[Any, Any] = {
    "advisor_tool_result": AnthropicAdvisorToolResult,
    "bash_code_execution_tool_result": AnthropicBashCodeExecutionToolResult,
    "code_execution_tool_result": AnthropicCodeExecutionToolResult,
    "compaction": AnthropicCompactionBlock,
    "container_upload": AnthropicContainerUpload,
    "openrouter_bash_tool_result": ORAnthropicBashToolResult,
    "openrouter_shell_tool_result": ORAnthropicShellToolResult,
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


def _choose_or_anthropic_content_block(data: Any) -> Any:
    """The member of :data:`ORAnthropicContentBlock` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _OR_ANTHROPIC_CONTENT_BLOCK_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"ORAnthropicContentBlock: expected an object, got {type(data).__name__}")


register_union(ORAnthropicContentBlock, _choose_or_anthropic_content_block)
