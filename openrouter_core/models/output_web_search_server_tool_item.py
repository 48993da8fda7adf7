# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputWebSearchServerToolItem) by `python -m codegen`; do not edit.
"""An openrouter:web_search server tool output item."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OutputWebSearchServerToolItemActionSources:
    """The ``sources`` of a :class:`OutputWebSearchServerToolItemAction`."""

    type: str = "url"
    url: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        type: str = "url",
        url: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("type", type)
        _setattr("url", url)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(type={self.type!r}, url={self.url!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.type, self.url, self.extra_fields) == (
            other.type,
            other.url,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("OutputWebSearchServerToolItemActionSources", self.type, self.url, self.extra_fields)
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class OutputWebSearchServerToolItemAction:
    """The search action performed, matching OpenAI web_search_call.action shape."""

    query: str
    sources: list[OutputWebSearchServerToolItemActionSources] | None = None
    type: str = "search"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        query: str,
        sources: list[OutputWebSearchServerToolItemActionSources] | None = None,
        type: str = "search",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("query", query)
        _setattr("sources", sources)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"query={self.query!r}, "
            f"sources={self.sources!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.query, self.sources, self.type, self.extra_fields) == (
            other.query,
            other.sources,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OutputWebSearchServerToolItemAction",
                self.query,
                self.sources,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class OutputWebSearchServerToolItem:
    """An openrouter:web_search server tool output item."""

    action: OutputWebSearchServerToolItemAction | None = None
    """The search action performed, matching OpenAI web_search_call.action shape."""
    id: str | None = None
    status: str
    """Known values: :class:`ToolCallStatus`."""
    type: str = "openrouter:web_search"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        action: OutputWebSearchServerToolItemAction | None = None,
        id: str | None = None,
        status: str,
        type: str = "openrouter:web_search",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("action", action)
        _setattr("id", id)
        _setattr("status", status)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"action={self.action!r}, "
            f"id={self.id!r}, "
            f"status={self.status!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.action, self.id, self.status, self.type, self.extra_fields) == (
            other.action,
            other.id,
            other.status,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OutputWebSearchServerToolItem",
                self.action,
                self.id,
                self.status,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
