# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.chat_tool_message` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.chat_content_items import ChatContentItemsDict

__all__ = [
    "ChatToolMessageContentDict",
    "ChatToolMessageDict",
]


class ChatToolMessageDict(TypedDict, total=False):
    """The dict form of :class:`ChatToolMessage`."""

    content: Required[ChatToolMessageContentDict]
    role: Required[Literal["tool"]]
    tool_call_id: Required[str]


ChatToolMessageContentDict: TypeAlias = "str | list[ChatContentItemsDict]"
