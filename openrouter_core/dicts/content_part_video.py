# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.content_part_video` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ContentPartVideoDict",
    "ContentPartVideoVideoUrlDict",
]


class ContentPartVideoDict(TypedDict, total=False):
    """The dict form of :class:`ContentPartVideo`."""

    type: Required[Literal["video_url"]]
    video_url: Required[ContentPartVideoVideoUrlDict]


class ContentPartVideoVideoUrlDict(TypedDict, total=False):
    """The dict form of :class:`ContentPartVideoVideoUrl`."""

    url: Required[str]
