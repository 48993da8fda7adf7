# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.output_memory_server_tool_item` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "OutputMemoryServerToolItemDict",
]


class OutputMemoryServerToolItemDict(TypedDict, total=False):
    """The dict form of :class:`OutputMemoryServerToolItem`."""

    action: Literal["read", "write", "delete"] | str | None
    id: str | None
    key: str | None
    status: Required[Literal["in_progress", "completed", "incomplete"] | str]
    type: Required[Literal["openrouter:memory"]]
    value: Any
