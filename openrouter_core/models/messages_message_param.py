# Generated from the OpenRouter OpenAPI spec (components/schemas/MessagesMessageParam) by `python -m codegen`; do not edit.
"""Anthropic message with OpenRouter extensions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core._unset import UNSET, Unset
from openrouter_core.models.anthropic_document_block_param import AnthropicDocumentBlockParam
from openrouter_core.models.anthropic_image_block_param import AnthropicImageBlockParam
from openrouter_core.models.anthropic_search_result_block_param import (
    AnthropicSearchResultBlockParam,
)
from openrouter_core.models.anthropic_text_block_param import AnthropicTextBlockParam
from openrouter_core.models.anthropic_web_search_result_block_param import (
    AnthropicWebSearchResultBlockParam,
)
from openrouter_core.models.messages_advisor_tool_result_block import MessagesAdvisorToolResultBlock
from openrouter_core.models.messages_bash_tool_result_block import MessagesBashToolResultBlock
from openrouter_core.models.messages_shell_tool_result_block import MessagesShellToolResultBlock
from openrouter_core.models.messages_tool_addition_block import MessagesToolAdditionBlock
from openrouter_core.models.messages_tool_removal_block import MessagesToolRemovalBlock

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )


@attrs.frozen(kw_only=True)
class MessagesMessageParamContentItemCompaction:
    """One of the shapes of :class:`MessagesMessageParamContentItem`."""

    cache_control: AnthropicCacheControlDirective | None = None
    content: str | None
    encrypted_content: str | Unset | None = UNSET
    type: str = "compaction"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        cache_control: AnthropicCacheControlDirective | None = None,
        content: str | None,
        encrypted_content: str | Unset | None = UNSET,
        type: str = "compaction",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("cache_control", cache_control)
        _setattr("content", content)
        _setattr("encrypted_content", encrypted_content)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"cache_control={self.cache_control!r}, "
            f"content={self.content!r}, "
            f"encrypted_content={self.encrypted_content!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.cache_control,
            self.content,
            self.encrypted_content,
            self.type,
            self.extra_fields,
        ) == (
            other.cache_control,
            other.content,
            other.encrypted_content,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "MessagesMessageParamContentItemCompaction",
                self.cache_control,
                self.content,
                self.encrypted_content,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class MessagesMessageParamContentItemRedactedThinking:
    """One of the shapes of :class:`MessagesMessageParamContentItem`."""

    data: str
    type: str = "redacted_thinking"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        data: str,
        type: str = "redacted_thinking",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("data", data)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(data={self.data!r}, type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.data, self.type, self.extra_fields) == (
            other.data,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "MessagesMessageParamContentItemRedactedThinking",
                self.data,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class MessagesMessageParamContentItemServerToolUse:
    """One of the shapes of :class:`MessagesMessageParamContentItem`."""

    cache_control: AnthropicCacheControlDirective | None = None
    id: str
    input: Any = None
    name: str
    type: str = "server_tool_use"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        cache_control: AnthropicCacheControlDirective | None = None,
        id: str,
        input: Any = None,
        name: str,
        type: str = "server_tool_use",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("cache_control", cache_control)
        _setattr("id", id)
        _setattr("input", input)
        _setattr("name", name)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"cache_control={self.cache_control!r}, "
            f"id={self.id!r}, "
            f"input={self.input!r}, "
            f"name={self.name!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.cache_control,
            self.id,
            self.input,
            self.name,
            self.type,
            self.extra_fields,
        ) == (
            other.cache_control,
            other.id,
            other.input,
            other.name,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "MessagesMessageParamContentItemServerToolUse",
                self.cache_control,
                self.id,
                self.input,
                self.name,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class MessagesMessageParamContentItemThinking:
    """One of the shapes of :class:`MessagesMessageParamContentItem`."""

    signature: str
    thinking: str
    type: str = "thinking"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        signature: str,
        thinking: str,
        type: str = "thinking",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("signature", signature)
        _setattr("thinking", thinking)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"signature={self.signature!r}, "
            f"thinking={self.thinking!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.signature, self.thinking, self.type, self.extra_fields) == (
            other.signature,
            other.thinking,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "MessagesMessageParamContentItemThinking",
                self.signature,
                self.thinking,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class MessagesMessageParamContentItemToolResultContentItemToolReference:
    """One of the shapes of :class:`MessagesMessageParamContentItemToolResultContentItem`."""

    tool_name: str
    type: str = "tool_reference"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        tool_name: str,
        type: str = "tool_reference",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("tool_name", tool_name)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(tool_name={self.tool_name!r}, type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.tool_name, self.type, self.extra_fields) == (
            other.tool_name,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "MessagesMessageParamContentItemToolResultContentItemToolReference",
                self.tool_name,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


MessagesMessageParamContentItemToolResultContentItem: TypeAlias = (
    AnthropicTextBlockParam
    | AnthropicImageBlockParam
    | MessagesMessageParamContentItemToolResultContentItemToolReference
    | AnthropicSearchResultBlockParam
    | AnthropicDocumentBlockParam
    | dict[str, Any]
)
"""One of the shapes of :class:`MessagesMessageParamContentItemToolResultContent`."""


_MESSAGES_MESSAGE_PARAM_CONTENT_ITEM_TOOL_RESULT_CONTENT_ITEM_BY_TYPE: dict[Any, Any] = {
    "document": AnthropicDocumentBlockParam,
    "image": AnthropicImageBlockParam,
    "search_result": AnthropicSearchResultBlockParam,
    "text": AnthropicTextBlockParam,
    "tool_reference": MessagesMessageParamContentItemToolResultContentItemToolReference,
}


def _choose_messages_message_param_content_item_tool_result_content_item(data: Any) -> Any:
    """The member of :data:`MessagesMessageParamContentItemToolResultContentItem` that ``data`` is,
    by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _MESSAGES_MESSAGE_PARAM_CONTENT_ITEM_TOOL_RESULT_CONTENT_ITEM_BY_TYPE.get(
            data.get("type"), dict
        )
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"MessagesMessageParamContentItemToolResultContentItem: expected an object, got {type(data).__name__}"
    )


register_union(
    MessagesMessageParamContentItemToolResultContentItem,
    _choose_messages_message_param_content_item_tool_result_content_item,
)


MessagesMessageParamContentItemToolResultContent: TypeAlias = (
    str | list[MessagesMessageParamContentItemToolResultContentItem]
)
"""The ``content`` of a :class:`MessagesMessageParamContentItemToolResult`."""


def _choose_messages_message_param_content_item_tool_result_content(data: Any) -> Any:
    """The member of :data:`MessagesMessageParamContentItemToolResultContent` that ``data`` is, by
    its JSON type.
    """
    if isinstance(data, str):
        return str
    if isinstance(data, list):
        return list[MessagesMessageParamContentItemToolResultContentItem]
    raise TypeError(
        f"MessagesMessageParamContentItemToolResultContent: expected a string or an array, got {type(data).__name__}"
    )


register_union(
    MessagesMessageParamContentItemToolResultContent,
    _choose_messages_message_param_content_item_tool_result_content,
)


@attrs.frozen(kw_only=True)
class MessagesMessageParamContentItemToolResult:
    """One of the shapes of :class:`MessagesMessageParamContentItem`."""

    cache_control: AnthropicCacheControlDirective | None = None
    content: MessagesMessageParamContentItemToolResultContent | None = None
    is_error: bool | None = None
    tool_use_id: str
    type: str = "tool_result"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        cache_control: AnthropicCacheControlDirective | None = None,
        content: MessagesMessageParamContentItemToolResultContent | None = None,
        is_error: bool | None = None,
        tool_use_id: str,
        type: str = "tool_result",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("cache_control", cache_control)
        _setattr("content", content)
        _setattr("is_error", is_error)
        _setattr("tool_use_id", tool_use_id)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"cache_control={self.cache_control!r}, "
            f"content={self.content!r}, "
            f"is_error={self.is_error!r}, "
            f"tool_use_id={self.tool_use_id!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.cache_control,
            self.content,
            self.is_error,
            self.tool_use_id,
            self.type,
            self.extra_fields,
        ) == (
            other.cache_control,
            other.content,
            other.is_error,
            other.tool_use_id,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "MessagesMessageParamContentItemToolResult",
                self.cache_control,
                self.content,
                self.is_error,
                self.tool_use_id,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class MessagesMessageParamContentItemToolUse:
    """One of the shapes of :class:`MessagesMessageParamContentItem`."""

    cache_control: AnthropicCacheControlDirective | None = None
    id: str
    input: Any = None
    name: str
    type: str = "tool_use"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        cache_control: AnthropicCacheControlDirective | None = None,
        id: str,
        input: Any = None,
        name: str,
        type: str = "tool_use",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("cache_control", cache_control)
        _setattr("id", id)
        _setattr("input", input)
        _setattr("name", name)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"cache_control={self.cache_control!r}, "
            f"id={self.id!r}, "
            f"input={self.input!r}, "
            f"name={self.name!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.cache_control,
            self.id,
            self.input,
            self.name,
            self.type,
            self.extra_fields,
        ) == (
            other.cache_control,
            other.id,
            other.input,
            other.name,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "MessagesMessageParamContentItemToolUse",
                self.cache_control,
                self.id,
                self.input,
                self.name,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class MessagesMessageParamContentItemWebSearchToolResultContentWebSearchToolResultError:
    """One of the shapes of :class:`MessagesMessageParamContentItemWebSearchToolResultContent`."""

    error_code: str
    """Known values: ``"invalid_tool_input"``, ``"unavailable"``, ``"max_uses_exceeded"``,
    ``"too_many_requests"``, ``"query_too_long"``.
    """
    type: str = "web_search_tool_result_error"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        error_code: str,
        type: str = "web_search_tool_result_error",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("error_code", error_code)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(error_code={self.error_code!r}, type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.error_code, self.type, self.extra_fields) == (
            other.error_code,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "MessagesMessageParamContentItemWebSearchToolResultContentWebSearchToolResultError",
                self.error_code,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


MessagesMessageParamContentItemWebSearchToolResultContent: TypeAlias = (
    list[AnthropicWebSearchResultBlockParam]
    | MessagesMessageParamContentItemWebSearchToolResultContentWebSearchToolResultError
)
"""The ``content`` of a :class:`MessagesMessageParamContentItemWebSearchToolResult`."""


def _choose_messages_message_param_content_item_web_search_tool_result_content(data: Any) -> Any:
    """The member of :data:`MessagesMessageParamContentItemWebSearchToolResultContent` that ``data``
    is, by its JSON type.
    """
    if isinstance(data, list):
        return list[AnthropicWebSearchResultBlockParam]
    if isinstance(data, dict):
        return MessagesMessageParamContentItemWebSearchToolResultContentWebSearchToolResultError
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"MessagesMessageParamContentItemWebSearchToolResultContent: expected an array or an object, got {type(data).__name__}"
    )


register_union(
    MessagesMessageParamContentItemWebSearchToolResultContent,
    _choose_messages_message_param_content_item_web_search_tool_result_content,
)


@attrs.frozen(kw_only=True)
class MessagesMessageParamContentItemWebSearchToolResult:
    """One of the shapes of :class:`MessagesMessageParamContentItem`."""

    cache_control: AnthropicCacheControlDirective | None = None
    content: MessagesMessageParamContentItemWebSearchToolResultContent
    tool_use_id: str
    type: str = "web_search_tool_result"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        cache_control: AnthropicCacheControlDirective | None = None,
        content: MessagesMessageParamContentItemWebSearchToolResultContent,
        tool_use_id: str,
        type: str = "web_search_tool_result",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("cache_control", cache_control)
        _setattr("content", content)
        _setattr("tool_use_id", tool_use_id)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"cache_control={self.cache_control!r}, "
            f"content={self.content!r}, "
            f"tool_use_id={self.tool_use_id!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.cache_control,
            self.content,
            self.tool_use_id,
            self.type,
            self.extra_fields,
        ) == (other.cache_control, other.content, other.tool_use_id, other.type, other.extra_fields)

    def __hash__(self) -> int:
        return hash(
            (
                "MessagesMessageParamContentItemWebSearchToolResult",
                self.cache_control,
                self.content,
                self.tool_use_id,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


MessagesMessageParamContentItem: TypeAlias = (
    AnthropicTextBlockParam
    | AnthropicImageBlockParam
    | AnthropicDocumentBlockParam
    | MessagesMessageParamContentItemToolUse
    | MessagesMessageParamContentItemToolResult
    | MessagesMessageParamContentItemThinking
    | MessagesMessageParamContentItemRedactedThinking
    | MessagesMessageParamContentItemServerToolUse
    | MessagesMessageParamContentItemWebSearchToolResult
    | AnthropicSearchResultBlockParam
    | MessagesMessageParamContentItemCompaction
    | MessagesAdvisorToolResultBlock
    | MessagesToolAdditionBlock
    | MessagesToolRemovalBlock
    | MessagesShellToolResultBlock
    | MessagesBashToolResultBlock
    | dict[str, Any]
)
"""One of the shapes of :class:`MessagesMessageParamContent`."""


_MESSAGES_MESSAGE_PARAM_CONTENT_ITEM_BY_TYPE: dict[Any, Any] = {
    "advisor_tool_result": MessagesAdvisorToolResultBlock,
    "compaction": MessagesMessageParamContentItemCompaction,
    "document": AnthropicDocumentBlockParam,
    "image": AnthropicImageBlockParam,
    "openrouter_bash_tool_result": MessagesBashToolResultBlock,
    "openrouter_shell_tool_result": MessagesShellToolResultBlock,
    "redacted_thinking": MessagesMessageParamContentItemRedactedThinking,
    "search_result": AnthropicSearchResultBlockParam,
    "server_tool_use": MessagesMessageParamContentItemServerToolUse,
    "text": AnthropicTextBlockParam,
    "thinking": MessagesMessageParamContentItemThinking,
    "tool_addition": MessagesToolAdditionBlock,
    "tool_removal": MessagesToolRemovalBlock,
    "tool_result": MessagesMessageParamContentItemToolResult,
    "tool_use": MessagesMessageParamContentItemToolUse,
    "web_search_tool_result": MessagesMessageParamContentItemWebSearchToolResult,
}


def _choose_messages_message_param_content_item(data: Any) -> Any:
    """The member of :data:`MessagesMessageParamContentItem` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _MESSAGES_MESSAGE_PARAM_CONTENT_ITEM_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"MessagesMessageParamContentItem: expected an object, got {type(data).__name__}"
    )


register_union(MessagesMessageParamContentItem, _choose_messages_message_param_content_item)


MessagesMessageParamContent: TypeAlias = str | list[MessagesMessageParamContentItem]
"""The ``content`` of a :class:`MessagesMessageParam`."""


def _choose_messages_message_param_content(data: Any) -> Any:
    """The member of :data:`MessagesMessageParamContent` that ``data`` is, by its JSON type."""
    if isinstance(data, str):
        return str
    if isinstance(data, list):
        return list[MessagesMessageParamContentItem]
    raise TypeError(
        f"MessagesMessageParamContent: expected a string or an array, got {type(data).__name__}"
    )


register_union(MessagesMessageParamContent, _choose_messages_message_param_content)


@attrs.frozen(kw_only=True)
class MessagesMessageParam:
    """Anthropic message with OpenRouter extensions."""

    content: MessagesMessageParamContent
    role: str
    """Known values: ``"user"``, ``"assistant"``, ``"system"``."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        content: MessagesMessageParamContent,
        role: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("content", content)
        _setattr("role", role)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(content={self.content!r}, role={self.role!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.content, self.role, self.extra_fields) == (
            other.content,
            other.role,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("MessagesMessageParam", self.content, self.role, self.extra_fields))

    # --- end of attrs methods ---
