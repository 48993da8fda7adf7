# Generated from the OpenRouter OpenAPI spec (components/schemas/McpServerTool) by `python -m codegen`; do not edit.
"""MCP (Model Context Protocol) tool configuration."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._converter import register_union
from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class McpServerToolAllowedToolsVariant2:
    """One of the shapes of :class:`McpServerToolAllowedTools`."""

    read_only: bool | None = None
    tool_names: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


McpServerToolAllowedTools: TypeAlias = list[str] | McpServerToolAllowedToolsVariant2
"""The ``allowed_tools`` of a :class:`McpServerTool`."""


def _choose_mcp_server_tool_allowed_tools(data: Any) -> Any:
    """The member of :data:`McpServerToolAllowedTools` that ``data`` is, by its JSON type."""
    if isinstance(data, list):
        return list[str]
    if isinstance(data, dict):
        return McpServerToolAllowedToolsVariant2
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"McpServerToolAllowedTools: expected an array or an object, got {type(data).__name__}"
    )


register_union(McpServerToolAllowedTools, _choose_mcp_server_tool_allowed_tools)


@attrs.frozen(kw_only=True)
class McpServerToolRequireApprovalVariant1Always:
    """The ``always`` of a :class:`McpServerToolRequireApprovalVariant1`."""

    tool_names: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class McpServerToolRequireApprovalVariant1Never:
    """The ``never`` of a :class:`McpServerToolRequireApprovalVariant1`."""

    tool_names: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class McpServerToolRequireApprovalVariant1:
    """One of the shapes of :class:`McpServerToolRequireApproval`."""

    always: McpServerToolRequireApprovalVariant1Always | None = None
    never: McpServerToolRequireApprovalVariant1Never | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


McpServerToolRequireApproval: TypeAlias = McpServerToolRequireApprovalVariant1 | str
"""The ``require_approval`` of a :class:`McpServerTool`."""


def _choose_mcp_server_tool_require_approval(data: Any) -> Any:
    """The member of :data:`McpServerToolRequireApproval` that ``data`` is, by its JSON type."""
    if isinstance(data, str):
        return str
    if isinstance(data, dict):
        return McpServerToolRequireApprovalVariant1
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"McpServerToolRequireApproval: expected a string or an object, got {type(data).__name__}"
    )


register_union(McpServerToolRequireApproval, _choose_mcp_server_tool_require_approval)


@attrs.frozen(kw_only=True)
class McpServerTool:
    """MCP (Model Context Protocol) tool configuration."""

    allowed_tools: McpServerToolAllowedTools | Unset | None = UNSET
    authorization: str | None = None
    connector_id: str | None = None
    """Known values: ``"connector_dropbox"``, ``"connector_gmail"``, ``"connector_googlecalendar"``,
    ``"connector_googledrive"``, ``"connector_microsoftteams"``, ``"connector_outlookcalendar"``,
    ``"connector_outlookemail"``, ``"connector_sharepoint"``.
    """
    headers: dict[str, str] | Unset | None = UNSET
    require_approval: McpServerToolRequireApproval | Unset | None = UNSET
    server_description: str | None = None
    server_label: str
    server_url: str | None = None
    type: str = "mcp"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
