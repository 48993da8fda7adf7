# Generated from the OpenRouter OpenAPI spec (components/schemas/WebSearchPlugin) by `python -m codegen`; do not edit.
"""The ``WebSearchPlugin`` object."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class WebSearchPluginUserLocation:
    """The ``user_location`` of a :class:`WebSearchPlugin`."""

    city: str | Unset | None = UNSET
    country: str | Unset | None = UNSET
    region: str | Unset | None = UNSET
    timezone: str | Unset | None = UNSET
    type: str = "approximate"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class WebSearchPlugin:
    """The ``WebSearchPlugin`` object."""

    enabled: bool | None = None
    """Set to false to disable the web-search plugin for this request."""
    engine: str | None = None
    """The search engine to use for web search. Known values: :class:`WebSearchEngine`."""
    exclude_domains: list[str] | None = None
    """A list of domains to exclude from web search results."""
    id: str = "web"
    include_domains: list[str] | None = None
    """A list of domains to restrict web search results to."""
    max_results: int | None = None
    max_uses: int | None = None
    """Maximum number of times the model can invoke web search in a single turn."""
    mode: str | None = None
    """Engine-native search mode. Known values: :class:`WebSearchMode`."""
    search_prompt: str | None = None
    user_location: WebSearchPluginUserLocation | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
