# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.output_item_web_search_call` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.web_search_source import WebSearchSourceDict

__all__ = [
    "OutputItemWebSearchCallActionDict",
    "OutputItemWebSearchCallActionFindInPageDict",
    "OutputItemWebSearchCallActionOpenPageDict",
    "OutputItemWebSearchCallActionSearchDict",
]

OutputItemWebSearchCallActionDict: TypeAlias = "OutputItemWebSearchCallActionSearchDict | OutputItemWebSearchCallActionOpenPageDict | OutputItemWebSearchCallActionFindInPageDict"


class OutputItemWebSearchCallActionFindInPageDict(TypedDict, total=False):
    """The dict form of :class:`OutputItemWebSearchCallActionFindInPage`."""

    pattern: Required[str]
    type: Required[Literal["find_in_page"]]
    url: Required[str]


class OutputItemWebSearchCallActionOpenPageDict(TypedDict, total=False):
    """The dict form of :class:`OutputItemWebSearchCallActionOpenPage`."""

    type: Required[Literal["open_page"]]
    url: str | None


class OutputItemWebSearchCallActionSearchDict(TypedDict, total=False):
    """The dict form of :class:`OutputItemWebSearchCallActionSearch`."""

    queries: list[str] | None
    query: Required[str]
    sources: list[WebSearchSourceDict] | None
    type: Required[Literal["search"]]
