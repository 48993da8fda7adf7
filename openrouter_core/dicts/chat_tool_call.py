# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.chat_tool_call` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ChatToolCallDict",
    "ChatToolCallFunctionDict",
]


class ChatToolCallDict(TypedDict, total=False):
    """The dict form of :class:`ChatToolCall`."""

    function: Required[ChatToolCallFunctionDict]
    id: Required[str]
    type: Required[Literal["function"]]
    index: int | None


class ChatToolCallFunctionDict(TypedDict, total=False):
    """The dict form of :class:`ChatToolCallFunction`."""

    arguments: Required[str]
    name: Required[str]
