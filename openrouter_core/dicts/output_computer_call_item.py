# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.output_computer_call_item` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "OutputComputerCallItemDict",
    "OutputComputerCallItemPendingSafetyChecksDict",
]


class OutputComputerCallItemDict(TypedDict, total=False):
    """The dict form of :class:`OutputComputerCallItem`."""

    action: Any
    call_id: Required[str]
    id: str | None
    pending_safety_checks: Required[list[OutputComputerCallItemPendingSafetyChecksDict]]
    status: Required[Literal["completed", "incomplete", "in_progress"] | str]
    type: Required[Literal["computer_call"]]


class OutputComputerCallItemPendingSafetyChecksDict(TypedDict, total=False):
    """The dict form of :class:`OutputComputerCallItemPendingSafetyChecks`."""

    code: Required[str]
    id: Required[str]
    message: Required[str]
