# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.preview20250311_web_search_server_tool` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.preview_web_search_user_location import (
        PreviewWebSearchUserLocationDict,
    )
    from openrouter_core.dicts.web_search_domain_filter import WebSearchDomainFilterDict

__all__ = [
    "Preview20250311WebSearchServerToolDict",
]


class Preview20250311WebSearchServerToolDict(TypedDict, total=False):
    """The dict form of :class:`Preview20250311WebSearchServerTool`."""

    engine: Literal["native", "exa", "parallel", "firecrawl", "perplexity", "auto"] | str | None
    filters: WebSearchDomainFilterDict | None
    max_results: int | None
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
    type: Required[Literal["web_search_preview_2025_03_11"]]
    user_location: PreviewWebSearchUserLocationDict | None
