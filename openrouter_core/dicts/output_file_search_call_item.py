# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.output_file_search_call_item` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "OutputFileSearchCallItemDict",
]


class OutputFileSearchCallItemDict(TypedDict, total=False):
    """The dict form of :class:`OutputFileSearchCallItem`."""

    id: Required[str]
    queries: Required[list[str]]
    status: Required[Literal["completed", "searching", "in_progress", "failed"] | str]
    type: Required[Literal["file_search_call"]]
