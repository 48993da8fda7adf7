# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.chat_assistant_images` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ChatAssistantImagesItemDict",
    "ChatAssistantImagesItemImageUrlDict",
]


class ChatAssistantImagesItemDict(TypedDict, total=False):
    """The dict form of :class:`ChatAssistantImagesItem`."""

    image_url: Required[ChatAssistantImagesItemImageUrlDict]


class ChatAssistantImagesItemImageUrlDict(TypedDict, total=False):
    """The dict form of :class:`ChatAssistantImagesItemImageUrl`."""

    url: Required[str]
