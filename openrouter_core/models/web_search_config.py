# Generated from the OpenRouter OpenAPI spec (components/schemas/WebSearchConfig) by `python -m codegen`; do not edit.
"""The ``WebSearchConfig`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.web_search_user_location_server_tool import (
        WebSearchUserLocationServerTool,
    )


@attrs.frozen(kw_only=True)
class WebSearchConfig:
    """The ``WebSearchConfig`` object."""

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
    search_context_size: str | None = None
    """How much context to retrieve per result. Known values: :class:`SearchQualityLevel`."""
    user_location: WebSearchUserLocationServerTool | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        allowed_domains: list[str] | None = None,
        engine: str | None = None,
        excluded_domains: list[str] | None = None,
        max_characters: int | None = None,
        max_results: int | None = None,
        max_total_results: int | None = None,
        max_uses: int | None = None,
        mode: str | None = None,
        search_context_size: str | None = None,
        user_location: WebSearchUserLocationServerTool | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("allowed_domains", allowed_domains)
        _setattr("engine", engine)
        _setattr("excluded_domains", excluded_domains)
        _setattr("max_characters", max_characters)
        _setattr("max_results", max_results)
        _setattr("max_total_results", max_total_results)
        _setattr("max_uses", max_uses)
        _setattr("mode", mode)
        _setattr("search_context_size", search_context_size)
        _setattr("user_location", user_location)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"allowed_domains={self.allowed_domains!r}, "
            f"engine={self.engine!r}, "
            f"excluded_domains={self.excluded_domains!r}, "
            f"max_characters={self.max_characters!r}, "
            f"max_results={self.max_results!r}, "
            f"max_total_results={self.max_total_results!r}, "
            f"max_uses={self.max_uses!r}, "
            f"mode={self.mode!r}, "
            f"search_context_size={self.search_context_size!r}, "
            f"user_location={self.user_location!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.allowed_domains,
            self.engine,
            self.excluded_domains,
            self.max_characters,
            self.max_results,
            self.max_total_results,
            self.max_uses,
            self.mode,
            self.search_context_size,
            self.user_location,
            self.extra_fields,
        ) == (
            other.allowed_domains,
            other.engine,
            other.excluded_domains,
            other.max_characters,
            other.max_results,
            other.max_total_results,
            other.max_uses,
            other.mode,
            other.search_context_size,
            other.user_location,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "WebSearchConfig",
                self.allowed_domains,
                self.engine,
                self.excluded_domains,
                self.max_characters,
                self.max_results,
                self.max_total_results,
                self.max_uses,
                self.mode,
                self.search_context_size,
                self.user_location,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
