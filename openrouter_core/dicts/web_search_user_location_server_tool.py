# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.web_search_user_location_server_tool` (keys as sent on the wire)."""

from __future__ import annotations

from typing import Literal, TypedDict

__all__ = [
    "WebSearchUserLocationServerToolDict",
]


class WebSearchUserLocationServerToolDict(TypedDict, total=False):
    """The dict form of :class:`WebSearchUserLocationServerTool`."""

    city: str | None
    country: str | None
    region: str | None
    timezone: str | None
    type: Literal["approximate"]
