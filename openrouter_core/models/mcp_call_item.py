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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        arguments: str,
        error: str | Unset | None = UNSET,
        id: str,
        name: str,
        output: str | Unset | None = UNSET,
        server_label: str,
        type: str = "mcp_call",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("arguments", arguments)
        _setattr("error", error)
        _setattr("id", id)
        _setattr("name", name)
        _setattr("output", output)
        _setattr("server_label", server_label)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"arguments={self.arguments!r}, "
            f"error={self.error!r}, "
            f"id={self.id!r}, "
            f"name={self.name!r}, "
            f"output={self.output!r}, "
            f"server_label={self.server_label!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.arguments,
            self.error,
            self.id,
            self.name,
            self.output,
            self.server_label,
            self.type,
            self.extra_fields,
        ) == (
            other.arguments,
            other.error,
            other.id,
            other.name,
            other.output,
            other.server_label,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "McpCallItem",
                self.arguments,
                self.error,
                self.id,
                self.name,
                self.output,
                self.server_label,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
