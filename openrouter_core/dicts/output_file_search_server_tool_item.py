# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.output_file_search_server_tool_item` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "OutputFileSearchServerToolItemDict",
]


class OutputFileSearchServerToolItemDict(TypedDict, total=False):
    """The dict form of :class:`OutputFileSearchServerToolItem`."""

    id: str | None
    queries: list[str] | None
    status: Required[Literal["in_progress", "completed", "incomplete"] | str]
    type: Required[Literal["openrouter:file_search"]]
