# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.output_shell_server_tool_item` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.shell_call_output_content import ShellCallOutputContentDict

__all__ = [
    "OutputShellServerToolItemActionDict",
    "OutputShellServerToolItemDict",
]


class OutputShellServerToolItemDict(TypedDict, total=False):
    """The dict form of :class:`OutputShellServerToolItem`."""

    action: OutputShellServerToolItemActionDict | None
    arguments: str | None
    call_id: str | None
    id: str | None
    output: list[ShellCallOutputContentDict] | None
    status: Required[Literal["in_progress", "completed", "incomplete"] | str]
    type: Required[Literal["openrouter:shell"]]


class OutputShellServerToolItemActionDict(TypedDict, total=False):
    """The dict form of :class:`OutputShellServerToolItemAction`."""

    commands: Required[list[str]]
    max_output_length: int | None
    timeout_ms: int | None
