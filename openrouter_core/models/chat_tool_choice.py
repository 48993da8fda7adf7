# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatToolChoice) by `python -m codegen`; do not edit.
"""Tool choice configuration."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.chat_named_tool_choice import ChatNamedToolChoice
from openrouter_core.models.chat_server_tool_choice import ChatServerToolChoice

ChatToolChoice: TypeAlias = str | ChatNamedToolChoice | ChatServerToolChoice
"""Tool choice configuration."""


_CHAT_TOOL_CHOICE_BY_TYPE: dict[Any, Any] = {
    "function": ChatNamedToolChoice,
}


def _choose_chat_tool_choice(data: Any) -> Any:
    """The member of :data:`ChatToolChoice` that ``data`` is, by its ``type``.

    An unknown ``type`` goes to :class:`ChatServerToolChoice`.
    """
    if isinstance(data, str):
        return str
    if isinstance(data, dict):
        return _CHAT_TOOL_CHOICE_BY_TYPE.get(data.get("type"), ChatServerToolChoice)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"ChatToolChoice: expected a string or an object, got {type(data).__name__}")


register_union(ChatToolChoice, _choose_chat_tool_choice)
