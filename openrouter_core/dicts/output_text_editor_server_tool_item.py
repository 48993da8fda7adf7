# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.output_text_editor_server_tool_item` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "OutputTextEditorServerToolItemDict",
]


class OutputTextEditorServerToolItemDict(TypedDict, total=False):
    """The dict form of :class:`OutputTextEditorServerToolItem`."""

    command: Literal["view", "create", "str_replace", "insert"] | str | None
    filePath: str | None
    id: str | None
    status: Required[Literal["in_progress", "completed", "incomplete"] | str]
    type: Required[Literal["openrouter:text_editor"]]
