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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        annotations: Any = None,
        description: str | Unset | None = UNSET,
        input_schema: dict[str, Any],
        name: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("annotations", annotations)
        _setattr("description", description)
        _setattr("input_schema", input_schema)
        _setattr("name", name)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"annotations={self.annotations!r}, "
            f"description={self.description!r}, "
            f"input_schema={self.input_schema!r}, "
            f"name={self.name!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.annotations,
            self.description,
            self.input_schema,
            self.name,
            self.extra_fields,
        ) == (
            other.annotations,
            other.description,
            other.input_schema,
            other.name,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "McpListToolsItemTools",
                self.annotations,
                self.description,
                self.input_schema,
                self.name,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class McpListToolsItem:
    """List of available MCP tools from a server."""

    error: str | Unset | None = UNSET
    id: str
    server_label: str
    tools: list[McpListToolsItemTools]
    type: str = "mcp_list_tools"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        error: str | Unset | None = UNSET,
        id: str,
        server_label: str,
        tools: list[McpListToolsItemTools],
        type: str = "mcp_list_tools",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("error", error)
        _setattr("id", id)
        _setattr("server_label", server_label)
        _setattr("tools", tools)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"error={self.error!r}, "
            f"id={self.id!r}, "
            f"server_label={self.server_label!r}, "
            f"tools={self.tools!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.error,
            self.id,
            self.server_label,
            self.tools,
            self.type,
            self.extra_fields,
        ) == (
            other.error,
            other.id,
            other.server_label,
            other.tools,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "McpListToolsItem",
                self.error,
                self.id,
                self.server_label,
                self.tools,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
