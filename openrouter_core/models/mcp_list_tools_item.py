# Generated from the OpenRouter OpenAPI spec (components/schemas/McpListToolsItem) by `python -m codegen`; do not edit.
"""List of available MCP tools from a server."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class McpListToolsItemTools:
    """The ``tools`` of a :class:`McpListToolsItem`."""

    annotations: Any = None
    description: str | Unset | None = UNSET
    input_schema: dict[str, Any]
    name: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class McpListToolsItem:
    """List of available MCP tools from a server."""

    error: str | Unset | None = UNSET
    id: str
    server_label: str
    tools: list[McpListToolsItemTools]
    type: str = "mcp_list_tools"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
