# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.shell_call_output_item` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.shell_call_output_content import ShellCallOutputContentDict

__all__ = [
    "ShellCallOutputItemDict",
]


class ShellCallOutputItemDict(TypedDict, total=False):
    """The dict form of :class:`ShellCallOutputItem`."""

    call_id: Required[str]
    id: str | None
    max_output_length: int | None
    output: Required[list[ShellCallOutputContentDict]]
    status: Literal["in_progress", "completed", "incomplete"] | str | None
    type: Required[Literal["shell_call_output"]]
