# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.chat_content_file` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ChatContentFileDict",
    "ChatContentFileFileDict",
]


class ChatContentFileDict(TypedDict, total=False):
    """The dict form of :class:`ChatContentFile`."""

    file: Required[ChatContentFileFileDict]
    type: Required[Literal["file"]]


class ChatContentFileFileDict(TypedDict, total=False):
    """The dict form of :class:`ChatContentFileFile`."""

    file_data: str | None
    file_id: str | None
    filename: str | None
