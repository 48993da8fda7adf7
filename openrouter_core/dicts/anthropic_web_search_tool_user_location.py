# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.anthropic_web_search_tool_user_location` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "AnthropicWebSearchToolUserLocationDict",
]


class AnthropicWebSearchToolUserLocationDict(TypedDict, total=False):
    """The dict form of :class:`AnthropicWebSearchToolUserLocation`."""

    city: str | None
    country: str | None
    region: str | None
    timezone: str | None
    type: Required[Literal["approximate"]]
