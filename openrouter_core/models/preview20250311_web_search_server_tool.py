# Generated from the OpenRouter OpenAPI spec (components/schemas/Preview_20250311_WebSearchServerTool) by `python -m codegen`; do not edit.
"""Web search preview tool configuration (2025-03-11 version)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.preview_web_search_user_location import PreviewWebSearchUserLocation
    from openrouter_core.models.web_search_domain_filter import WebSearchDomainFilter


@attrs.frozen(kw_only=True)
class Preview20250311WebSearchServerTool:
    """Web search preview tool configuration (2025-03-11 version)."""

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
    type: str = "web_search_preview_2025_03_11"
    user_location: PreviewWebSearchUserLocation | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
