# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.chat_user_message` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.chat_content_items import ChatContentItemsDict

__all__ = [
    "ChatUserMessageContentDict",
    "ChatUserMessageDict",
]


class ChatUserMessageDict(TypedDict, total=False):
    """The dict form of :class:`ChatUserMessage`."""

    content: Required[ChatUserMessageContentDict]
    name: str | None
    role: Required[Literal["user"]]


ChatUserMessageContentDict: TypeAlias = "str | list[ChatContentItemsDict]"
