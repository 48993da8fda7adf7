# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatContentItems) by `python -m codegen`; do not edit.
"""Content part for chat completion messages."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.chat_content_audio import ChatContentAudio
from openrouter_core.models.chat_content_file import ChatContentFile
from openrouter_core.models.chat_content_image import ChatContentImage
from openrouter_core.models.chat_content_text import ChatContentText
from openrouter_core.models.chat_content_video import ChatContentVideo
from openrouter_core.models.legacy_chat_content_video import LegacyChatContentVideo

ChatContentItems: TypeAlias = (
    ChatContentText
    | ChatContentImage
    | ChatContentAudio
    | LegacyChatContentVideo
    | ChatContentVideo
    | ChatContentFile
    | dict[str, Any]
)
"""Content part for chat completion messages."""


_CHAT_CONTENT_ITEMS_BY_TYPE: dict[Any, Any] = {
    "file": ChatContentFile,
    "image_url": ChatContentImage,
    "input_audio": ChatContentAudio,
    "input_video": LegacyChatContentVideo,
    "text": ChatContentText,
    "video_url": ChatContentVideo,
}


def _choose_chat_content_items(data: Any) -> Any:
    """The member of :data:`ChatContentItems` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _CHAT_CONTENT_ITEMS_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"ChatContentItems: expected an object, got {type(data).__name__}")


register_union(ChatContentItems, _choose_chat_content_items)
