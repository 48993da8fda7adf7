# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.messages_message_param` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, TypeAlias, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.anthropic_cache_control_directive import (
        AnthropicCacheControlDirectiveDict,
    )
    from openrouter_core.dicts.anthropic_document_block_param import AnthropicDocumentBlockParamDict
    from openrouter_core.dicts.anthropic_image_block_param import AnthropicImageBlockParamDict
    from openrouter_core.dicts.anthropic_search_result_block_param import (
        AnthropicSearchResultBlockParamDict,
    )
    from openrouter_core.dicts.anthropic_text_block_param import AnthropicTextBlockParamDict
    from openrouter_core.dicts.anthropic_web_search_result_block_param import (
        AnthropicWebSearchResultBlockParamDict,
    )
    from openrouter_core.dicts.messages_advisor_tool_result_block import (
        MessagesAdvisorToolResultBlockDict,
    )
    from openrouter_core.dicts.messages_bash_tool_result_block import (
        MessagesBashToolResultBlockDict,
    )
    from openrouter_core.dicts.messages_shell_tool_result_block import (
        MessagesShellToolResultBlockDict,
    )
    from openrouter_core.dicts.messages_tool_addition_block import MessagesToolAdditionBlockDict
    from openrouter_core.dicts.messages_tool_removal_block import MessagesToolRemovalBlockDict

__all__ = [
    "MessagesMessageParamContentDict",
    "MessagesMessageParamContentItemCompactionDict",
    "MessagesMessageParamContentItemDict",
    "MessagesMessageParamContentItemRedactedThinkingDict",
    "MessagesMessageParamContentItemServerToolUseDict",
    "MessagesMessageParamContentItemThinkingDict",
    "MessagesMessageParamContentItemToolResultContentDict",
    "MessagesMessageParamContentItemToolResultContentItemDict",
    "MessagesMessageParamContentItemToolResultContentItemToolReferenceDict",
    "MessagesMessageParamContentItemToolResultDict",
    "MessagesMessageParamContentItemToolUseDict",
    "MessagesMessageParamContentItemWebSearchToolResultContentDict",
    "MessagesMessageParamContentItemWebSearchToolResultContentWebSearchToolResultErrorDict",
    "MessagesMessageParamContentItemWebSearchToolResultDict",
    "MessagesMessageParamDict",
]


class MessagesMessageParamDict(TypedDict, total=False):
    """The dict form of :class:`MessagesMessageParam`."""

    content: Required[MessagesMessageParamContentDict]
    role: Required[Literal["user", "assistant", "system"] | str]


MessagesMessageParamContentDict: TypeAlias = "str | list[MessagesMessageParamContentItemDict]"


MessagesMessageParamContentItemDict: TypeAlias = "AnthropicTextBlockParamDict | AnthropicImageBlockParamDict | AnthropicDocumentBlockParamDict | MessagesMessageParamContentItemToolUseDict | MessagesMessageParamContentItemToolResultDict | MessagesMessageParamContentItemThinkingDict | MessagesMessageParamContentItemRedactedThinkingDict | MessagesMessageParamContentItemServerToolUseDict | MessagesMessageParamContentItemWebSearchToolResultDict | AnthropicSearchResultBlockParamDict | MessagesMessageParamContentItemCompactionDict | MessagesAdvisorToolResultBlockDict | MessagesToolAdditionBlockDict | MessagesToolRemovalBlockDict | MessagesShellToolResultBlockDict | MessagesBashToolResultBlockDict"


class MessagesMessageParamContentItemCompactionDict(TypedDict, total=False):
    """The dict form of :class:`MessagesMessageParamContentItemCompaction`."""

    cache_control: AnthropicCacheControlDirectiveDict | None
    content: Required[str | None]
    encrypted_content: str | None
    type: Required[Literal["compaction"]]


class MessagesMessageParamContentItemRedactedThinkingDict(TypedDict, total=False):
    """The dict form of :class:`MessagesMessageParamContentItemRedactedThinking`."""

    data: Required[str]
    type: Required[Literal["redacted_thinking"]]


class MessagesMessageParamContentItemServerToolUseDict(TypedDict, total=False):
    """The dict form of :class:`MessagesMessageParamContentItemServerToolUse`."""

    cache_control: AnthropicCacheControlDirectiveDict | None
    id: Required[str]
    input: Any
    name: Required[str]
    type: Required[Literal["server_tool_use"]]


class MessagesMessageParamContentItemThinkingDict(TypedDict, total=False):
    """The dict form of :class:`MessagesMessageParamContentItemThinking`."""

    signature: Required[str]
    thinking: Required[str]
    type: Required[Literal["thinking"]]


class MessagesMessageParamContentItemToolResultDict(TypedDict, total=False):
    """The dict form of :class:`MessagesMessageParamContentItemToolResult`."""

    cache_control: AnthropicCacheControlDirectiveDict | None
    content: MessagesMessageParamContentItemToolResultContentDict | None
    is_error: bool | None
    tool_use_id: Required[str]
    type: Required[Literal["tool_result"]]


MessagesMessageParamContentItemToolResultContentDict: TypeAlias = (
    "str | list[MessagesMessageParamContentItemToolResultContentItemDict]"
)


MessagesMessageParamContentItemToolResultContentItemDict: TypeAlias = "AnthropicTextBlockParamDict | AnthropicImageBlockParamDict | MessagesMessageParamContentItemToolResultContentItemToolReferenceDict | AnthropicSearchResultBlockParamDict | AnthropicDocumentBlockParamDict"


class MessagesMessageParamContentItemToolResultContentItemToolReferenceDict(TypedDict, total=False):
    """The dict form of :class:`MessagesMessageParamContentItemToolResultContentItemToolReference`."""

    tool_name: Required[str]
    type: Required[Literal["tool_reference"]]


class MessagesMessageParamContentItemToolUseDict(TypedDict, total=False):
    """The dict form of :class:`MessagesMessageParamContentItemToolUse`."""

    cache_control: AnthropicCacheControlDirectiveDict | None
    id: Required[str]
    input: Any
    name: Required[str]
    type: Required[Literal["tool_use"]]


class MessagesMessageParamContentItemWebSearchToolResultDict(TypedDict, total=False):
    """The dict form of :class:`MessagesMessageParamContentItemWebSearchToolResult`."""

    cache_control: AnthropicCacheControlDirectiveDict | None
    content: Required[MessagesMessageParamContentItemWebSearchToolResultContentDict]
    tool_use_id: Required[str]
    type: Required[Literal["web_search_tool_result"]]


MessagesMessageParamContentItemWebSearchToolResultContentDict: TypeAlias = "list[AnthropicWebSearchResultBlockParamDict] | MessagesMessageParamContentItemWebSearchToolResultContentWebSearchToolResultErrorDict"


class MessagesMessageParamContentItemWebSearchToolResultContentWebSearchToolResultErrorDict(
    TypedDict, total=False
):
    """The dict form of :class:`MessagesMessageParamContentItemWebSearchToolResultContentWebSearchToolResultError`."""

    error_code: Required[
        Literal[
            "invalid_tool_input",
            "unavailable",
            "max_uses_exceeded",
            "too_many_requests",
            "query_too_long",
        ]
        | str
    ]
    type: Required[Literal["web_search_tool_result_error"]]
