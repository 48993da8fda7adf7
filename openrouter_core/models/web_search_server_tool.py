# Generated from the OpenRouter OpenAPI spec (components/schemas/WebSearchServerTool) by `python -m codegen`; do not edit.
"""Web search tool configuration (2025-08-26 version)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.web_search_domain_filter import WebSearchDomainFilter
    from openrouter_core.models.web_search_user_location import WebSearchUserLocation


@attrs.frozen(kw_only=True)
class WebSearchServerTool:
    """Web search tool configuration (2025-08-26 version)."""

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
    type: str = "web_search_2025_08_26"
    user_location: WebSearchUserLocation | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        engine: str | None = None,
        filters: WebSearchDomainFilter | Unset | None = UNSET,
        max_results: int | None = None,
        max_uses: int | None = None,
        mode: str | None = None,
        search_context_size: str | None = None,
        type: str = "web_search_2025_08_26",
        user_location: WebSearchUserLocation | Unset | None = UNSET,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("engine", engine)
        _setattr("filters", filters)
        _setattr("max_results", max_results)
        _setattr("max_uses", max_uses)
        _setattr("mode", mode)
        _setattr("search_context_size", search_context_size)
        _setattr("type", type)
        _setattr("user_location", user_location)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"engine={self.engine!r}, "
            f"filters={self.filters!r}, "
            f"max_results={self.max_results!r}, "
            f"max_uses={self.max_uses!r}, "
            f"mode={self.mode!r}, "
            f"search_context_size={self.search_context_size!r}, "
            f"type={self.type!r}, "
            f"user_location={self.user_location!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.engine,
            self.filters,
            self.max_results,
            self.max_uses,
            self.mode,
            self.search_context_size,
            self.type,
            self.user_location,
            self.extra_fields,
        ) == (
            other.engine,
            other.filters,
            other.max_results,
            other.max_uses,
            other.mode,
            other.search_context_size,
            other.type,
            other.user_location,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "WebSearchServerTool",
                self.engine,
                self.filters,
                self.max_results,
                self.max_uses,
                self.mode,
                self.search_context_size,
                self.type,
                self.user_location,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
