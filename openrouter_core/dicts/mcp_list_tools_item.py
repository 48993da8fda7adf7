# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.mcp_list_tools_item` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "McpListToolsItemDict",
    "McpListToolsItemToolsDict",
]


class McpListToolsItemDict(TypedDict, total=False):
    """The dict form of :class:`McpListToolsItem`."""

    error: str | None
    id: Required[str]
    server_label: Required[str]
    tools: Required[list[McpListToolsItemToolsDict]]
    type: Required[Literal["mcp_list_tools"]]


class McpListToolsItemToolsDict(TypedDict, total=False):
    """The dict form of :class:`McpListToolsItemTools`."""

    annotations: Any
    description: str | None
    input_schema: Required[dict[str, Any]]
    name: Required[str]
