# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.chat_content_image` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ChatContentImageDict",
    "ChatContentImageImageUrlDict",
]


class ChatContentImageDict(TypedDict, total=False):
    """The dict form of :class:`ChatContentImage`."""

    image_url: Required[ChatContentImageImageUrlDict]
    type: Required[Literal["image_url"]]


class ChatContentImageImageUrlDict(TypedDict, total=False):
    """The dict form of :class:`ChatContentImageImageUrl`."""

    detail: Literal["auto", "low", "high", "original"] | str | None
    url: Required[str]
