# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.local_shell_call_item` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "LocalShellCallItemActionDict",
    "LocalShellCallItemDict",
]


class LocalShellCallItemDict(TypedDict, total=False):
    """The dict form of :class:`LocalShellCallItem`."""

    action: Required[LocalShellCallItemActionDict]
    call_id: Required[str]
    id: Required[str]
    status: Required[Literal["in_progress", "completed", "incomplete"] | str]
    type: Required[Literal["local_shell_call"]]


class LocalShellCallItemActionDict(TypedDict, total=False):
    """The dict form of :class:`LocalShellCallItemAction`."""

    command: Required[list[str]]
    env: Required[dict[str, str]]
    timeout_ms: int | None
    type: Required[Literal["exec"]]
    user: str | None
    working_directory: str | None
