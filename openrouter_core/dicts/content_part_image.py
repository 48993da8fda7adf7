# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.content_part_image` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ContentPartImageDict",
    "ContentPartImageImageUrlDict",
]


class ContentPartImageDict(TypedDict, total=False):
    """The dict form of :class:`ContentPartImage`."""

    image_url: Required[ContentPartImageImageUrlDict]
    type: Required[Literal["image_url"]]


class ContentPartImageImageUrlDict(TypedDict, total=False):
    """The dict form of :class:`ContentPartImageImageUrl`."""

    url: Required[str]
