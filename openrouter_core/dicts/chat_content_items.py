# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.chat_content_items` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from openrouter_core.dicts.chat_content_audio import ChatContentAudioDict
    from openrouter_core.dicts.chat_content_file import ChatContentFileDict
    from openrouter_core.dicts.chat_content_image import ChatContentImageDict
    from openrouter_core.dicts.chat_content_text import ChatContentTextDict
    from openrouter_core.dicts.chat_content_video import ChatContentVideoDict
    from openrouter_core.dicts.legacy_chat_content_video import LegacyChatContentVideoDict

__all__ = [
    "ChatContentItemsDict",
]

ChatContentItemsDict: TypeAlias = "ChatContentTextDict | ChatContentImageDict | ChatContentAudioDict | LegacyChatContentVideoDict | ChatContentVideoDict | ChatContentFileDict"
