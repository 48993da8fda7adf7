# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.chat_system_message` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.chat_content_text import ChatContentTextDict

__all__ = [
    "ChatSystemMessageContentDict",
    "ChatSystemMessageDict",
]


class ChatSystemMessageDict(TypedDict, total=False):
    """The dict form of :class:`ChatSystemMessage`."""

    content: Required[ChatSystemMessageContentDict]
    name: str | None
    role: Required[Literal["system"]]


ChatSystemMessageContentDict: TypeAlias = "str | list[ChatContentTextDict]"
