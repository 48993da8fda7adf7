# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.legacy_chat_content_video_input` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "LegacyChatContentVideoInputDict",
]


class LegacyChatContentVideoInputDict(TypedDict, total=False):
    """The dict form of :class:`LegacyChatContentVideoInput`."""

    url: Required[str]
