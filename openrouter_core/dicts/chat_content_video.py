# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.chat_content_video` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.chat_content_video_input import ChatContentVideoInputDict

__all__ = [
    "ChatContentVideoDict",
]


class ChatContentVideoDict(TypedDict, total=False):
    """The dict form of :class:`ChatContentVideo`."""

    type: Required[Literal["video_url"]]
    video_url: Required[ChatContentVideoInputDict]
