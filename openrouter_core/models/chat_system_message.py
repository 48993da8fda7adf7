# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatSystemMessage) by `python -m codegen`; do not edit.
"""System message for setting behavior."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._converter import register_union
from openrouter_core.models.chat_content_text import ChatContentText

ChatSystemMessageContent: TypeAlias = str | list[ChatContentText]
"""System message content."""


def _choose_chat_system_message_content(data: Any) -> Any:
    """The member of :data:`ChatSystemMessageContent` that ``data`` is, by its JSON type."""
    if isinstance(data, str):
        return str
    if isinstance(data, list):
        return list[ChatContentText]
    raise TypeError(
        f"ChatSystemMessageContent: expected a string or an array, got {type(data).__name__}"
    )


register_union(ChatSystemMessageContent, _choose_chat_system_message_content)


@attrs.frozen(kw_only=True)
class ChatSystemMessage:
    """System message for setting behavior."""

    content: ChatSystemMessageContent
    """System message content."""
    name: str | None = None
    """Optional name for the system message."""
    role: str = "system"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
