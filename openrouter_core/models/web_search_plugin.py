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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        city: str | Unset | None = UNSET,
        country: str | Unset | None = UNSET,
        region: str | Unset | None = UNSET,
        timezone: str | Unset | None = UNSET,
        type: str = "approximate",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("city", city)
        _setattr("country", country)
        _setattr("region", region)
        _setattr("timezone", timezone)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"city={self.city!r}, "
            f"country={self.country!r}, "
            f"region={self.region!r}, "
            f"timezone={self.timezone!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.city,
            self.country,
            self.region,
            self.timezone,
            self.type,
            self.extra_fields,
        ) == (
            other.city,
            other.country,
            other.region,
            other.timezone,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "WebSearchPluginUserLocation",
                self.city,
                self.country,
                self.region,
                self.timezone,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        enabled: bool | None = None,
        engine: str | None = None,
        exclude_domains: list[str] | None = None,
        id: str = "web",
        include_domains: list[str] | None = None,
        max_results: int | None = None,
        max_uses: int | None = None,
        mode: str | None = None,
        search_prompt: str | None = None,
        user_location: WebSearchPluginUserLocation | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("enabled", enabled)
        _setattr("engine", engine)
        _setattr("exclude_domains", exclude_domains)
        _setattr("id", id)
        _setattr("include_domains", include_domains)
        _setattr("max_results", max_results)
        _setattr("max_uses", max_uses)
        _setattr("mode", mode)
        _setattr("search_prompt", search_prompt)
        _setattr("user_location", user_location)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"enabled={self.enabled!r}, "
            f"engine={self.engine!r}, "
            f"exclude_domains={self.exclude_domains!r}, "
            f"id={self.id!r}, "
            f"include_domains={self.include_domains!r}, "
            f"max_results={self.max_results!r}, "
            f"max_uses={self.max_uses!r}, "
            f"mode={self.mode!r}, "
            f"search_prompt={self.search_prompt!r}, "
            f"user_location={self.user_location!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.enabled,
            self.engine,
            self.exclude_domains,
            self.id,
            self.include_domains,
            self.max_results,
            self.max_uses,
            self.mode,
            self.search_prompt,
            self.user_location,
            self.extra_fields,
        ) == (
            other.enabled,
            other.engine,
            other.exclude_domains,
            other.id,
            other.include_domains,
            other.max_results,
            other.max_uses,
            other.mode,
            other.search_prompt,
            other.user_location,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "WebSearchPlugin",
                self.enabled,
                self.engine,
                self.exclude_domains,
                self.id,
                self.include_domains,
                self.max_results,
                self.max_uses,
                self.mode,
                self.search_prompt,
                self.user_location,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
