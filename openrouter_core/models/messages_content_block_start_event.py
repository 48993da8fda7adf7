# Generated from the OpenRouter OpenAPI spec (components/schemas/MessagesContentBlockStartEvent) by `python -m codegen`; do not edit.
"""Event sent when a new content block starts."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
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


@attrs.frozen(kw_only=True)
class MessagesContentBlockStartEventContentBlockCompaction:
    """One of the shapes of :class:`MessagesContentBlockStartEventContentBlock`."""

    content: str | None
    encrypted_content: str | Unset | None = UNSET
    type: str = "compaction"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        content: str | None,
        encrypted_content: str | Unset | None = UNSET,
        type: str = "compaction",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("content", content)
        _setattr("encrypted_content", encrypted_content)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"content={self.content!r}, "
            f"encrypted_content={self.encrypted_content!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.content, self.encrypted_content, self.type, self.extra_fields) == (
            other.content,
            other.encrypted_content,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "MessagesContentBlockStartEventContentBlockCompaction",
                self.content,
                self.encrypted_content,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


MessagesContentBlockStartEventContentBlock: TypeAlias = (
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
    | MessagesContentBlockStartEventContentBlockCompaction
    | dict[str, Any]
)
"""The ``content_block`` of a :class:`MessagesContentBlockStartEvent`."""


_MESSAGES_CONTENT_BLOCK_START_EVENT_CONTENT_BLOCK_BY_TYPE: dict[Any, Any] = {
    "advisor_tool_result": AnthropicAdvisorToolResult,
    "bash_code_execution_tool_result": AnthropicBashCodeExecutionToolResult,
    "code_execution_tool_result": AnthropicCodeExecutionToolResult,
    "compaction": AnthropicCompactionBlock | MessagesContentBlockStartEventContentBlockCompaction,
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


def _choose_messages_content_block_start_event_content_block(data: Any) -> Any:
    """The member of :data:`MessagesContentBlockStartEventContentBlock` that ``data`` is, by its
    ``type``. Members that share a ``type`` are tried in order.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _MESSAGES_CONTENT_BLOCK_START_EVENT_CONTENT_BLOCK_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"MessagesContentBlockStartEventContentBlock: expected an object, got {type(data).__name__}"
    )


register_union(
    MessagesContentBlockStartEventContentBlock,
    _choose_messages_content_block_start_event_content_block,
)


@attrs.frozen(kw_only=True)
class MessagesContentBlockStartEvent:
    """Event sent when a new content block starts."""

    content_block: MessagesContentBlockStartEventContentBlock
    index: int
    type: str = "content_block_start"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        content_block: MessagesContentBlockStartEventContentBlock,
        index: int,
        type: str = "content_block_start",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("content_block", content_block)
        _setattr("index", index)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"content_block={self.content_block!r}, "
            f"index={self.index!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.content_block, self.index, self.type, self.extra_fields) == (
            other.content_block,
            other.index,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "MessagesContentBlockStartEvent",
                self.content_block,
                self.index,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
