# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.chat_messages` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from openrouter_core.dicts.chat_assistant_message import ChatAssistantMessageDict
    from openrouter_core.dicts.chat_developer_message import ChatDeveloperMessageDict
    from openrouter_core.dicts.chat_system_message import ChatSystemMessageDict
    from openrouter_core.dicts.chat_tool_message import ChatToolMessageDict
    from openrouter_core.dicts.chat_user_message import ChatUserMessageDict

__all__ = [
    "ChatMessagesDict",
]

ChatMessagesDict: TypeAlias = "ChatSystemMessageDict | ChatUserMessageDict | ChatDeveloperMessageDict | ChatAssistantMessageDict | ChatToolMessageDict"
