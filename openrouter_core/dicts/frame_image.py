# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.frame_image` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.content_part_image import ContentPartImageImageUrlDict

__all__ = [
    "FrameImageDict",
]


class FrameImageDict(TypedDict, total=False):
    """The dict form of :class:`FrameImage`."""

    image_url: Required[ContentPartImageImageUrlDict]
    type: Required[Literal["image_url"]]
    frame_type: Required[Literal["first_frame", "last_frame"] | str]
