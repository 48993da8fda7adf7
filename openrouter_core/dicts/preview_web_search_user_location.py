# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.preview_web_search_user_location` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "PreviewWebSearchUserLocationDict",
]


class PreviewWebSearchUserLocationDict(TypedDict, total=False):
    """The dict form of :class:`PreviewWebSearchUserLocation`."""

    city: str | None
    country: str | None
    region: str | None
    timezone: str | None
    type: Required[Literal["approximate"]]
