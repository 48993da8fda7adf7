# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.output_web_search_server_tool_item` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "OutputWebSearchServerToolItemActionDict",
    "OutputWebSearchServerToolItemActionSourcesDict",
    "OutputWebSearchServerToolItemDict",
]


class OutputWebSearchServerToolItemDict(TypedDict, total=False):
    """The dict form of :class:`OutputWebSearchServerToolItem`."""

    action: OutputWebSearchServerToolItemActionDict | None
    id: str | None
    status: Required[Literal["in_progress", "completed", "incomplete"] | str]
    type: Required[Literal["openrouter:web_search"]]


class OutputWebSearchServerToolItemActionDict(TypedDict, total=False):
    """The dict form of :class:`OutputWebSearchServerToolItemAction`."""

    query: Required[str]
    sources: list[OutputWebSearchServerToolItemActionSourcesDict] | None
    type: Required[Literal["search"]]


class OutputWebSearchServerToolItemActionSourcesDict(TypedDict, total=False):
    """The dict form of :class:`OutputWebSearchServerToolItemActionSources`."""

    type: Required[Literal["url"]]
    url: Required[str]
