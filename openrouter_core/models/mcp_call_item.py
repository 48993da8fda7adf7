# Generated from the OpenRouter OpenAPI spec (components/schemas/McpCallItem) by `python -m codegen`; do not edit.
"""An MCP tool call with its output or error."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class McpCallItem:
    """An MCP tool call with its output or error."""

    arguments: str
    error: str | Unset | None = UNSET
    id: str
    name: str
    output: str | Unset | None = UNSET
    server_label: str
    type: str = "mcp_call"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
