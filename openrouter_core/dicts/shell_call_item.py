# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.shell_call_item` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ShellCallItemActionDict",
    "ShellCallItemDict",
]


class ShellCallItemDict(TypedDict, total=False):
    """The dict form of :class:`ShellCallItem`."""

    action: Required[ShellCallItemActionDict]
    arguments: str | None
    call_id: Required[str]
    environment: Any
    id: str | None
    status: Literal["in_progress", "completed", "incomplete"] | str | None
    type: Required[Literal["shell_call"]]


class ShellCallItemActionDict(TypedDict, total=False):
    """The dict form of :class:`ShellCallItemAction`."""

    commands: Required[list[str]]
    max_output_length: int | None
    timeout_ms: int | None
