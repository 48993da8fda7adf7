# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicSearchResultBlockParam) by `python -m codegen`; do not edit.
"""The ``AnthropicSearchResultBlockParam`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )
    from openrouter_core.models.anthropic_text_block_param import AnthropicTextBlockParam


@attrs.frozen(kw_only=True)
class AnthropicSearchResultBlockParamCitations:
    """The ``citations`` of a :class:`AnthropicSearchResultBlockParam`."""

    enabled: bool | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        enabled: bool | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("enabled", enabled)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(enabled={self.enabled!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.enabled, self.extra_fields) == (other.enabled, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("AnthropicSearchResultBlockParamCitations", self.enabled, self.extra_fields))

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class AnthropicSearchResultBlockParam:
    """The ``AnthropicSearchResultBlockParam`` object."""

    cache_control: AnthropicCacheControlDirective | None = None
    citations: AnthropicSearchResultBlockParamCitations | None = None
    content: list[AnthropicTextBlockParam]
    source: str
    title: str
    type: str = "search_result"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        cache_control: AnthropicCacheControlDirective | None = None,
        citations: AnthropicSearchResultBlockParamCitations | None = None,
        content: list[AnthropicTextBlockParam],
        source: str,
        title: str,
        type: str = "search_result",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("cache_control", cache_control)
        _setattr("citations", citations)
        _setattr("content", content)
        _setattr("source", source)
        _setattr("title", title)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"cache_control={self.cache_control!r}, "
            f"citations={self.citations!r}, "
            f"content={self.content!r}, "
            f"source={self.source!r}, "
            f"title={self.title!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.cache_control,
            self.citations,
            self.content,
            self.source,
            self.title,
            self.type,
            self.extra_fields,
        ) == (
            other.cache_control,
            other.citations,
            other.content,
            other.source,
            other.title,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AnthropicSearchResultBlockParam",
                self.cache_control,
                self.citations,
                self.content,
                self.source,
                self.title,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
