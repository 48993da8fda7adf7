# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.web_search_config` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from openrouter_core.dicts.web_search_user_location_server_tool import (
        WebSearchUserLocationServerToolDict,
    )

__all__ = [
    "WebSearchConfigDict",
]


class WebSearchConfigDict(TypedDict, total=False):
    """The dict form of :class:`WebSearchConfig`."""

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
    search_context_size: Literal["low", "medium", "high"] | str | None
    user_location: WebSearchUserLocationServerToolDict | None
