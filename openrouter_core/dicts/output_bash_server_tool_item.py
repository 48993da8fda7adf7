# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.output_bash_server_tool_item` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "OutputBashServerToolItemDict",
]


class OutputBashServerToolItemDict(TypedDict, total=False):
    """The dict form of :class:`OutputBashServerToolItem`."""

    arguments: str | None
    call_id: str | None
    command: str | None
    exitCode: int | None
    id: str | None
    status: Required[Literal["in_progress", "completed", "incomplete"] | str]
    stderr: str | None
    stdout: str | None
    type: Required[Literal["openrouter:bash"]]
