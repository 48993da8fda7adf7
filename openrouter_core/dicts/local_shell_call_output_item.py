# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.local_shell_call_output_item` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "LocalShellCallOutputItemDict",
]


class LocalShellCallOutputItemDict(TypedDict, total=False):
    """The dict form of :class:`LocalShellCallOutputItem`."""

    id: Required[str]
    output: Required[str]
    status: Literal["in_progress", "completed", "incomplete"] | str | None
    type: Required[Literal["local_shell_call_output"]]
