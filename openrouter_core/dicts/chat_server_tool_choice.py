# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.chat_server_tool_choice` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ChatServerToolChoiceDict",
]


class ChatServerToolChoiceDict(TypedDict, total=False):
    """The dict form of :class:`ChatServerToolChoice`."""

    type: Required[str]
