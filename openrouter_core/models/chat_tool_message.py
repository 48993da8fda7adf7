# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatToolMessage) by `python -m codegen`; do not edit.
"""Tool response message."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._converter import register_union
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
