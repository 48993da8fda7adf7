# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.mcp_call_item` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "McpCallItemDict",
]


class McpCallItemDict(TypedDict, total=False):
    """The dict form of :class:`McpCallItem`."""

    arguments: Required[str]
    error: str | None
    id: Required[str]
    name: Required[str]
    output: str | None
    server_label: Required[str]
    type: Required[Literal["mcp_call"]]
