# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatMessages) by `python -m codegen`; do not edit.
"""Chat completion message with role-based discrimination."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.chat_assistant_message import ChatAssistantMessage
from openrouter_core.models.chat_developer_message import ChatDeveloperMessage
from openrouter_core.models.chat_system_message import ChatSystemMessage
from openrouter_core.models.chat_tool_message import ChatToolMessage
from openrouter_core.models.chat_user_message import ChatUserMessage

ChatMessages: TypeAlias = (
    ChatSystemMessage
    | ChatUserMessage
    | ChatDeveloperMessage
    | ChatAssistantMessage
    | ChatToolMessage
    | dict[str, Any]
)
"""Chat completion message with role-based discrimination."""


_CHAT_MESSAGES_BY_ROLE: dict[Any, Any] = {
    "assistant": ChatAssistantMessage,
    "developer": ChatDeveloperMessage,
    "system": ChatSystemMessage,
    "tool": ChatToolMessage,
    "user": ChatUserMessage,
}


def _choose_chat_messages(data: Any) -> Any:
    """The member of :data:`ChatMessages` that ``data`` is, by its ``role``.

    An unknown ``role`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _CHAT_MESSAGES_BY_ROLE.get(data.get("role"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"ChatMessages: expected an object, got {type(data).__name__}")


register_union(ChatMessages, _choose_chat_messages)
