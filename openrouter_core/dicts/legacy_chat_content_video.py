# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.legacy_chat_content_video` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.legacy_chat_content_video_input import (
        LegacyChatContentVideoInputDict,
    )

__all__ = [
    "LegacyChatContentVideoDict",
]


class LegacyChatContentVideoDict(TypedDict, total=False):
    """The dict form of :class:`LegacyChatContentVideo`."""

    type: Required[Literal["input_video"]]
    video_url: Required[LegacyChatContentVideoInputDict]
