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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        approval_request_id: str,
        approve: bool,
        id: str | Unset | None = UNSET,
        reason: str | Unset | None = UNSET,
        type: str = "mcp_approval_response",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("approval_request_id", approval_request_id)
        _setattr("approve", approve)
        _setattr("id", id)
        _setattr("reason", reason)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"approval_request_id={self.approval_request_id!r}, "
            f"approve={self.approve!r}, "
            f"id={self.id!r}, "
            f"reason={self.reason!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.approval_request_id,
            self.approve,
            self.id,
            self.reason,
            self.type,
            self.extra_fields,
        ) == (
            other.approval_request_id,
            other.approve,
            other.id,
            other.reason,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "McpApprovalResponseItem",
                self.approval_request_id,
                self.approve,
                self.id,
                self.reason,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
