# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.chat_named_tool_choice` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ChatNamedToolChoiceDict",
    "ChatNamedToolChoiceFunctionDict",
]


class ChatNamedToolChoiceDict(TypedDict, total=False):
    """The dict form of :class:`ChatNamedToolChoice`."""

    function: Required[ChatNamedToolChoiceFunctionDict]
    type: Required[Literal["function"]]


class ChatNamedToolChoiceFunctionDict(TypedDict, total=False):
    """The dict form of :class:`ChatNamedToolChoiceFunction`."""

    name: Required[str]
