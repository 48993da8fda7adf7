# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.output_code_interpreter_server_tool_item` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "OutputCodeInterpreterServerToolItemDict",
]


class OutputCodeInterpreterServerToolItemDict(TypedDict, total=False):
    """The dict form of :class:`OutputCodeInterpreterServerToolItem`."""

    code: str | None
    exitCode: int | None
    id: str | None
    language: str | None
    status: Required[Literal["in_progress", "completed", "incomplete"] | str]
    stderr: str | None
    stdout: str | None
    type: Required[Literal["openrouter:code_interpreter"]]
