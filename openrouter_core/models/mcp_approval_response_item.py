# Generated from the OpenRouter OpenAPI spec (components/schemas/McpApprovalResponseItem) by `python -m codegen`; do not edit.
"""User response to an MCP tool approval request."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class McpApprovalResponseItem:
    """User response to an MCP tool approval request."""

    approval_request_id: str
    approve: bool
    id: str | Unset | None = UNSET
    reason: str | Unset | None = UNSET
    type: str = "mcp_approval_response"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
