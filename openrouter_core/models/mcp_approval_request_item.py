# Generated from the OpenRouter OpenAPI spec (components/schemas/McpApprovalRequestItem) by `python -m codegen`; do not edit.
"""Request for approval to execute an MCP tool."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class McpApprovalRequestItem:
    """Request for approval to execute an MCP tool."""

    arguments: str
    id: str
    name: str
    server_label: str
    type: str = "mcp_approval_request"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
