# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatToolMessage) by `python -m codegen`; do not edit.
"""Tool response message."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.chat_content_items import ChatContentItems

ChatToolMessageContent: TypeAlias = str | list[ChatContentItems]
"""Tool response content."""


def _choose_chat_tool_message_content(data: Any) -> Any:
    """The member of :data:`ChatToolMessageContent` that ``data`` is, by its JSON type."""
    if isinstance(data, str):
        return str
    if isinstance(data, list):
        return list[ChatContentItems]
    raise TypeError(
        f"ChatToolMessageContent: expected a string or an array, got {type(data).__name__}"
    )


register_union(ChatToolMessageContent, _choose_chat_tool_message_content)


@attrs.frozen(kw_only=True)
class ChatToolMessage:
    """Tool response message."""

    content: ChatToolMessageContent
    """Tool response content."""
    role: str = "tool"
    tool_call_id: str
    """ID of the assistant message tool call this message responds to."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        content: ChatToolMessageContent,
        role: str = "tool",
        tool_call_id: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("content", content)
        _setattr("role", role)
        _setattr("tool_call_id", tool_call_id)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"content={self.content!r}, "
            f"role={self.role!r}, "
            f"tool_call_id={self.tool_call_id!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.content, self.role, self.tool_call_id, self.extra_fields) == (
            other.content,
            other.role,
            other.tool_call_id,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("ChatToolMessage", self.content, self.role, self.tool_call_id, self.extra_fields)
        )

    # --- end of attrs methods ---
