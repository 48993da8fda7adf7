# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.chat_tool_choice` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from openrouter_core.dicts.chat_named_tool_choice import ChatNamedToolChoiceDict
    from openrouter_core.dicts.chat_server_tool_choice import ChatServerToolChoiceDict

__all__ = [
    "ChatToolChoiceDict",
]

ChatToolChoiceDict: TypeAlias = "str | ChatNamedToolChoiceDict | ChatServerToolChoiceDict"
