# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputItemWebSearchCall) by `python -m codegen`; do not edit.
"""The ``OutputItemWebSearchCall`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from openrouter_core._converter import register_union
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


@attrs.frozen(kw_only=True)
class OutputItemWebSearchCallActionOpenPage:
    """One of the shapes of :class:`OutputItemWebSearchCallAction`."""

    type: str = "open_page"
    url: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class OutputItemWebSearchCallActionSearch:
    """One of the shapes of :class:`OutputItemWebSearchCallAction`."""

    queries: list[str] | None = None
    query: str
    sources: list[WebSearchSource] | None = None
    type: str = "search"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


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
