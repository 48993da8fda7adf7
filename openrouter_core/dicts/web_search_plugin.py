# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.web_search_plugin` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "WebSearchPluginDict",
    "WebSearchPluginUserLocationDict",
]


class WebSearchPluginDict(TypedDict, total=False):
    """The dict form of :class:`WebSearchPlugin`."""

    enabled: bool | None
    engine: Literal["native", "exa", "firecrawl", "parallel", "perplexity"] | str | None
    exclude_domains: list[str] | None
    id: Required[Literal["web"]]
    include_domains: list[str] | None
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
    search_prompt: str | None
    user_location: WebSearchPluginUserLocationDict | None


class WebSearchPluginUserLocationDict(TypedDict, total=False):
    """The dict form of :class:`WebSearchPluginUserLocation`."""

    city: str | None
    country: str | None
    region: str | None
    timezone: str | None
    type: Required[Literal["approximate"]]
