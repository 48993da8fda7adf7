# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.output_mcp_server_tool_item` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "OutputMcpServerToolItemDict",
]


class OutputMcpServerToolItemDict(TypedDict, total=False):
    """The dict form of :class:`OutputMcpServerToolItem`."""

    id: str | None
    serverLabel: str | None
    status: Required[Literal["in_progress", "completed", "incomplete"] | str]
    toolName: str | None
    type: Required[Literal["openrouter:mcp"]]
