# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicToolSearchToolBm25) by `python -m codegen`; do not edit.
"""The ``AnthropicToolSearchToolBm25`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )


@attrs.frozen(kw_only=True)
class AnthropicToolSearchToolBm25:
    """The ``AnthropicToolSearchToolBm25`` object."""

    allowed_callers: list[str] | None = None
    cache_control: AnthropicCacheControlDirective | None = None
    defer_loading: bool | None = None
    name: str = "tool_search_tool_bm25"
    strict: bool | None = None
    type: str
    """Known values: ``"tool_search_tool_bm25_20251119"``, ``"tool_search_tool_bm25"``."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        allowed_callers: list[str] | None = None,
        cache_control: AnthropicCacheControlDirective | None = None,
        defer_loading: bool | None = None,
        name: str = "tool_search_tool_bm25",
        strict: bool | None = None,
        type: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("allowed_callers", allowed_callers)
        _setattr("cache_control", cache_control)
        _setattr("defer_loading", defer_loading)
        _setattr("name", name)
        _setattr("strict", strict)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"allowed_callers={self.allowed_callers!r}, "
            f"cache_control={self.cache_control!r}, "
            f"defer_loading={self.defer_loading!r}, "
            f"name={self.name!r}, "
            f"strict={self.strict!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.allowed_callers,
            self.cache_control,
            self.defer_loading,
            self.name,
            self.strict,
            self.type,
            self.extra_fields,
        ) == (
            other.allowed_callers,
            other.cache_control,
            other.defer_loading,
            other.name,
            other.strict,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AnthropicToolSearchToolBm25",
                self.allowed_callers,
                self.cache_control,
                self.defer_loading,
                self.name,
                self.strict,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
