# Generated from the OpenRouter OpenAPI spec (components/schemas/BodyMessage) by `python -m codegen`; do not edit.
"""The ``BodyMessage`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        container: AnthropicContainer | None,
        content: list[BodyMessageContent],
        id: str,
        model: str,
        role: str = "assistant",
        stop_details: AnthropicRefusalStopDetails | None,
        stop_reason: str | None,
        stop_sequence: str | None,
        type: str = "message",
        usage: BodyUsage2,
        input_transformations: list[AnthropicInputTransformation] | Unset | None = UNSET,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("container", container)
        _setattr("content", content)
        _setattr("id", id)
        _setattr("model", model)
        _setattr("role", role)
        _setattr("stop_details", stop_details)
        _setattr("stop_reason", stop_reason)
        _setattr("stop_sequence", stop_sequence)
        _setattr("type", type)
        _setattr("usage", usage)
        _setattr("input_transformations", input_transformations)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"container={self.container!r}, "
            f"content={self.content!r}, "
            f"id={self.id!r}, "
            f"model={self.model!r}, "
            f"role={self.role!r}, "
            f"stop_details={self.stop_details!r}, "
            f"stop_reason={self.stop_reason!r}, "
            f"stop_sequence={self.stop_sequence!r}, "
            f"type={self.type!r}, "
            f"usage={self.usage!r}, "
            f"input_transformations={self.input_transformations!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.container,
            self.content,
            self.id,
            self.model,
            self.role,
            self.stop_details,
            self.stop_reason,
            self.stop_sequence,
            self.type,
            self.usage,
            self.input_transformations,
            self.extra_fields,
        ) == (
            other.container,
            other.content,
            other.id,
            other.model,
            other.role,
            other.stop_details,
            other.stop_reason,
            other.stop_sequence,
            other.type,
            other.usage,
            other.input_transformations,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "BodyMessage",
                self.container,
                self.content,
                self.id,
                self.model,
                self.role,
                self.stop_details,
                self.stop_reason,
                self.stop_sequence,
                self.type,
                self.usage,
                self.input_transformations,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
