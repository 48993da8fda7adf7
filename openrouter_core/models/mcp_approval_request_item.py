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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        arguments: str,
        id: str,
        name: str,
        server_label: str,
        type: str = "mcp_approval_request",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("arguments", arguments)
        _setattr("id", id)
        _setattr("name", name)
        _setattr("server_label", server_label)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"arguments={self.arguments!r}, "
            f"id={self.id!r}, "
            f"name={self.name!r}, "
            f"server_label={self.server_label!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.arguments,
            self.id,
            self.name,
            self.server_label,
            self.type,
            self.extra_fields,
        ) == (
            other.arguments,
            other.id,
            other.name,
            other.server_label,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "McpApprovalRequestItem",
                self.arguments,
                self.id,
                self.name,
                self.server_label,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
