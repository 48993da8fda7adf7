# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatWebSearchShorthand) by `python -m codegen`; do not edit.
"""Web search tool using OpenAI Responses API syntax."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.web_search_config import WebSearchConfig
    from openrouter_core.models.web_search_user_location_server_tool import (
        WebSearchUserLocationServerTool,
    )


@attrs.frozen(kw_only=True)
class ChatWebSearchShorthand:
    """Web search tool using OpenAI Responses API syntax."""

    allowed_domains: list[str] | None = None
    """Limit search results to these domains."""
    engine: str | None = None
    """Which search engine to use. Known values: :class:`WebSearchEngineEnum`."""
    excluded_domains: list[str] | None = None
    """Exclude search results from these domains."""
    max_characters: int | None = None
    """Exact maximum number of characters of content per search result."""
    max_results: int | None = None
    """Maximum number of search results to return per search call."""
    max_total_results: int | None = None
    """Maximum total number of search results across all search calls in a single request."""
    max_uses: int | None = None
    """Maximum number of web searches the model may perform in a single request."""
    mode: str | None = None
    """Engine-native search mode. Known values: :class:`WebSearchMode`."""
    parameters: WebSearchConfig | None = None
    search_context_size: str | None = None
    """How much context to retrieve per result. Known values: :class:`SearchQualityLevel`."""
    type: str
    """Known values: ``"web_search"``, ``"web_search_preview"``,
    ``"web_search_preview_2025_03_11"``, ``"web_search_2025_08_26"``.
    """
    user_location: WebSearchUserLocationServerTool | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
