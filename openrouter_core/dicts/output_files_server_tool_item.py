# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.output_files_server_tool_item` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "OutputFilesServerToolItemDict",
]


class OutputFilesServerToolItemDict(TypedDict, total=False):
    """The dict form of :class:`OutputFilesServerToolItem`."""

    arguments: str | None
    call_id: str | None
    error: str | None
    file_id: str | None
    filename: str | None
    id: str | None
    operation: str | None
    result: str | None
    status: Required[Literal["in_progress", "completed", "incomplete"] | str]
    type: Required[Literal["openrouter:files"]]
