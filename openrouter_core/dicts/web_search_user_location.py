# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.web_search_user_location` (keys as sent on the wire)."""

from __future__ import annotations

from typing import Literal, TypedDict

__all__ = [
    "WebSearchUserLocationDict",
]


class WebSearchUserLocationDict(TypedDict, total=False):
    """The dict form of :class:`WebSearchUserLocation`."""

    city: str | None
    country: str | None
    region: str | None
    timezone: str | None
    type: Literal["approximate"]
