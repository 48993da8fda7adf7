# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.output_subagent_server_tool_item` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "OutputSubagentServerToolItemDict",
]


class OutputSubagentServerToolItemDict(TypedDict, total=False):
    """The dict form of :class:`OutputSubagentServerToolItem`."""

    call_id: str | None
    error: str | None
    id: str | None
    instance_name: str | None
    model: str | None
    name: str | None
    outcome: str | None
    status: Required[Literal["in_progress", "completed", "incomplete", "failed"] | str]
    task_description: str | None
    task_name: str | None
    type: Required[Literal["openrouter:subagent"]]
