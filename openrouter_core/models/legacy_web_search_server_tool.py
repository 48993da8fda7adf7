# Generated from the OpenRouter OpenAPI spec (components/schemas/Legacy_WebSearchServerTool) by `python -m codegen`; do not edit.
"""Web search tool configuration."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.web_search_domain_filter import WebSearchDomainFilter
    from openrouter_core.models.web_search_user_location import WebSearchUserLocation


@attrs.frozen(kw_only=True)
class LegacyWebSearchServerTool:
    """Web search tool configuration."""

    engine: str | None = None
    """Which search engine to use. Known values: :class:`WebSearchEngineEnum`."""
    filters: WebSearchDomainFilter | Unset | None = UNSET
    max_results: int | None = None
    """Maximum number of search results to return per search call."""
    max_uses: int | None = None
    """Maximum number of web searches the model may perform in a single request."""
    mode: str | None = None
    """Engine-native search mode. Known values: :class:`WebSearchMode`."""
    search_context_size: str | None = None
    """Size of the search context for web search tools. Known values:
    :class:`SearchContextSizeEnum`.
    """
    type: str = "web_search"
    user_location: WebSearchUserLocation | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
