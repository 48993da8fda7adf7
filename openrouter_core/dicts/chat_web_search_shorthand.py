# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.chat_web_search_shorthand` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.web_search_config import WebSearchConfigDict
    from openrouter_core.dicts.web_search_user_location_server_tool import (
        WebSearchUserLocationServerToolDict,
    )

__all__ = [
    "ChatWebSearchShorthandDict",
]


class ChatWebSearchShorthandDict(TypedDict, total=False):
    """The dict form of :class:`ChatWebSearchShorthand`."""

    allowed_domains: list[str] | None
    engine: Literal["native", "exa", "parallel", "firecrawl", "perplexity", "auto"] | str | None
    excluded_domains: list[str] | None
    max_characters: int | None
    max_results: int | None
    max_total_results: int | None
    max_uses: int | None
    mode: (
        Literal[
            "instant",
            "fast",
            "auto",
            "deep-lite",
            "deep",
            "deep-reasoning",
            "turbo",
            "basic",
            "advanced",
        ]
        | str
        | None
    )
    parameters: WebSearchConfigDict | None
    search_context_size: Literal["low", "medium", "high"] | str | None
    type: Required[
        Literal[
            "web_search",
            "web_search_preview",
            "web_search_preview_2025_03_11",
            "web_search_2025_08_26",
        ]
        | str
    ]
    user_location: WebSearchUserLocationServerToolDict | None
