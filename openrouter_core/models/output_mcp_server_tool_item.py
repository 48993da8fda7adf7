# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputMcpServerToolItem) by `python -m codegen`; do not edit.
"""An openrouter:mcp server tool output item."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OutputMcpServerToolItem:
    """An openrouter:mcp server tool output item."""

    id: str | None = None
    server_label: str | None = attrs.field(default=None, metadata={"wire": "serverLabel"})
    status: str
    """Known values: :class:`ToolCallStatus`."""
    tool_name: str | None = attrs.field(default=None, metadata={"wire": "toolName"})
    type: str = "openrouter:mcp"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        id: str | None = None,
        server_label: str | None = None,
        status: str,
        tool_name: str | None = None,
        type: str = "openrouter:mcp",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("id", id)
        _setattr("server_label", server_label)
        _setattr("status", status)
        _setattr("tool_name", tool_name)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"id={self.id!r}, "
            f"server_label={self.server_label!r}, "
            f"status={self.status!r}, "
            f"tool_name={self.tool_name!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.id,
            self.server_label,
            self.status,
            self.tool_name,
            self.type,
            self.extra_fields,
        ) == (
            other.id,
            other.server_label,
            other.status,
            other.tool_name,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OutputMcpServerToolItem",
                self.id,
                self.server_label,
                self.status,
                self.tool_name,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
