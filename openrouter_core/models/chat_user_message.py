# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatUserMessage) by `python -m codegen`; do not edit.
"""User message."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._converter import register_union
from openrouter_core.models.chat_content_items import ChatContentItems

ChatUserMessageContent: TypeAlias = str | list[ChatContentItems]
"""User message content."""


def _choose_chat_user_message_content(data: Any) -> Any:
    """The member of :data:`ChatUserMessageContent` that ``data`` is, by its JSON type."""
    if isinstance(data, str):
        return str
    if isinstance(data, list):
        return list[ChatContentItems]
    raise TypeError(
        f"ChatUserMessageContent: expected a string or an array, got {type(data).__name__}"
    )


register_union(ChatUserMessageContent, _choose_chat_user_message_content)


@attrs.frozen(kw_only=True)
class ChatUserMessage:
    """User message."""

    content: ChatUserMessageContent
    """User message content."""
    name: str | None = None
    """Optional name for the user."""
    role: str = "user"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
