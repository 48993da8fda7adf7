# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputItemWebSearchCall) by `python -m codegen`; do not edit.
"""The ``OutputItemWebSearchCall`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.web_search_source import WebSearchSource


@attrs.frozen(kw_only=True)
class OutputItemWebSearchCallActionFindInPage:
    """One of the shapes of :class:`OutputItemWebSearchCallAction`."""

    pattern: str
    type: str = "find_in_page"
    url: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        pattern: str,
        type: str = "find_in_page",
        url: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("pattern", pattern)
        _setattr("type", type)
        _setattr("url", url)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"pattern={self.pattern!r}, "
            f"type={self.type!r}, "
            f"url={self.url!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.pattern, self.type, self.url, self.extra_fields) == (
            other.pattern,
            other.type,
            other.url,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OutputItemWebSearchCallActionFindInPage",
                self.pattern,
                self.type,
                self.url,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class OutputItemWebSearchCallActionOpenPage:
    """One of the shapes of :class:`OutputItemWebSearchCallAction`."""

    type: str = "open_page"
    url: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        type: str = "open_page",
        url: str | Unset | None = UNSET,
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
            ("OutputItemWebSearchCallActionOpenPage", self.type, self.url, self.extra_fields)
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class OutputItemWebSearchCallActionSearch:
    """One of the shapes of :class:`OutputItemWebSearchCallAction`."""

    queries: list[str] | None = None
    query: str
    sources: list[WebSearchSource] | None = None
    type: str = "search"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        queries: list[str] | None = None,
        query: str,
        sources: list[WebSearchSource] | None = None,
        type: str = "search",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("queries", queries)
        _setattr("query", query)
        _setattr("sources", sources)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"queries={self.queries!r}, "
            f"query={self.query!r}, "
            f"sources={self.sources!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.queries, self.query, self.sources, self.type, self.extra_fields) == (
            other.queries,
            other.query,
            other.sources,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OutputItemWebSearchCallActionSearch",
                self.queries,
                self.query,
                self.sources,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


OutputItemWebSearchCallAction: TypeAlias = (
    OutputItemWebSearchCallActionSearch
    | OutputItemWebSearchCallActionOpenPage
    | OutputItemWebSearchCallActionFindInPage
    | dict[str, Any]
)
"""The ``action`` of a :class:`OutputItemWebSearchCall`."""


_OUTPUT_ITEM_WEB_SEARCH_CALL_ACTION_BY_TYPE: dict[Any, Any] = {
    "find_in_page": OutputItemWebSearchCallActionFindInPage,
    "open_page": OutputItemWebSearchCallActionOpenPage,
    "search": OutputItemWebSearchCallActionSearch,
}


def _choose_output_item_web_search_call_action(data: Any) -> Any:
    """The member of :data:`OutputItemWebSearchCallAction` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _OUTPUT_ITEM_WEB_SEARCH_CALL_ACTION_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"OutputItemWebSearchCallAction: expected an object, got {type(data).__name__}")


register_union(OutputItemWebSearchCallAction, _choose_output_item_web_search_call_action)


@attrs.frozen(kw_only=True)
class OutputItemWebSearchCall:
    """The ``OutputItemWebSearchCall`` object."""

    action: OutputItemWebSearchCallAction | None = None
    id: str
    status: str
    """Known values: :class:`WebSearchStatus`."""
    type: str = "web_search_call"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        action: OutputItemWebSearchCallAction | None = None,
        id: str,
        status: str,
        type: str = "web_search_call",
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
                "OutputItemWebSearchCall",
                self.action,
                self.id,
                self.status,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
