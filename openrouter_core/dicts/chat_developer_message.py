# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.chat_developer_message` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.chat_content_text import ChatContentTextDict

__all__ = [
    "ChatDeveloperMessageContentDict",
    "ChatDeveloperMessageDict",
]


class ChatDeveloperMessageDict(TypedDict, total=False):
    """The dict form of :class:`ChatDeveloperMessage`."""

    content: Required[ChatDeveloperMessageContentDict]
    name: str | None
    role: Required[Literal["developer"]]


ChatDeveloperMessageContentDict: TypeAlias = "str | list[ChatContentTextDict]"
