# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatDeveloperMessage) by `python -m codegen`; do not edit.
"""Developer message."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._converter import register_union
from openrouter_core.models.chat_content_text import ChatContentText

ChatDeveloperMessageContent: TypeAlias = str | list[ChatContentText]
"""Developer message content."""


def _choose_chat_developer_message_content(data: Any) -> Any:
    """The member of :data:`ChatDeveloperMessageContent` that ``data`` is, by its JSON type."""
    if isinstance(data, str):
        return str
    if isinstance(data, list):
        return list[ChatContentText]
    raise TypeError(
        f"ChatDeveloperMessageContent: expected a string or an array, got {type(data).__name__}"
    )


register_union(ChatDeveloperMessageContent, _choose_chat_developer_message_content)


@attrs.frozen(kw_only=True)
class ChatDeveloperMessage:
    """Developer message."""

    content: ChatDeveloperMessageContent
    """Developer message content."""
    name: str | None = None
    """Optional name for the developer message."""
    role: str = "developer"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
