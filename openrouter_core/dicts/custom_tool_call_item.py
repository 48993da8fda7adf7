# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.custom_tool_call_item` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "CustomToolCallItemDict",
]


class CustomToolCallItemDict(TypedDict, total=False):
    """The dict form of :class:`CustomToolCallItem`."""

    call_id: Required[str]
    id: str | None
    input: Required[str]
    name: Required[str]
    namespace: str | None
    type: Required[Literal["custom_tool_call"]]
    status: Literal["in_progress", "completed", "incomplete"] | str | None
