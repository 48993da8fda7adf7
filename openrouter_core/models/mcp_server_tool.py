# Generated from the OpenRouter OpenAPI spec (components/schemas/McpServerTool) by `python -m codegen`; do not edit.
"""MCP (Model Context Protocol) tool configuration."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class McpServerToolAllowedToolsVariant2:
    """One of the shapes of :class:`McpServerToolAllowedTools`."""

    read_only: bool | None = None
    tool_names: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        read_only: bool | None = None,
        tool_names: list[str] | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("read_only", read_only)
        _setattr("tool_names", tool_names)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"read_only={self.read_only!r}, "
            f"tool_names={self.tool_names!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.read_only, self.tool_names, self.extra_fields) == (
            other.read_only,
            other.tool_names,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "McpServerToolAllowedToolsVariant2",
                self.read_only,
                self.tool_names,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        tool_names: list[str] | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("tool_names", tool_names)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(tool_names={self.tool_names!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.tool_names, self.extra_fields) == (other.tool_names, other.extra_fields)

    def __hash__(self) -> int:
        return hash(
            ("McpServerToolRequireApprovalVariant1Always", self.tool_names, self.extra_fields)
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class McpServerToolRequireApprovalVariant1Never:
    """The ``never`` of a :class:`McpServerToolRequireApprovalVariant1`."""

    tool_names: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        tool_names: list[str] | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("tool_names", tool_names)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(tool_names={self.tool_names!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.tool_names, self.extra_fields) == (other.tool_names, other.extra_fields)

    def __hash__(self) -> int:
        return hash(
            ("McpServerToolRequireApprovalVariant1Never", self.tool_names, self.extra_fields)
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class McpServerToolRequireApprovalVariant1:
    """One of the shapes of :class:`McpServerToolRequireApproval`."""

    always: McpServerToolRequireApprovalVariant1Always | None = None
    never: McpServerToolRequireApprovalVariant1Never | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        always: McpServerToolRequireApprovalVariant1Always | None = None,
        never: McpServerToolRequireApprovalVariant1Never | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("always", always)
        _setattr("never", never)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(always={self.always!r}, never={self.never!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.always, self.never, self.extra_fields) == (
            other.always,
            other.never,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("McpServerToolRequireApprovalVariant1", self.always, self.never, self.extra_fields)
        )

    # --- end of attrs methods ---


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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        allowed_tools: McpServerToolAllowedTools | Unset | None = UNSET,
        authorization: str | None = None,
        connector_id: str | None = None,
        headers: dict[str, str] | Unset | None = UNSET,
        require_approval: McpServerToolRequireApproval | Unset | None = UNSET,
        server_description: str | None = None,
        server_label: str,
        server_url: str | None = None,
        type: str = "mcp",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("allowed_tools", allowed_tools)
        _setattr("authorization", authorization)
        _setattr("connector_id", connector_id)
        _setattr("headers", headers)
        _setattr("require_approval", require_approval)
        _setattr("server_description", server_description)
        _setattr("server_label", server_label)
        _setattr("server_url", server_url)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"allowed_tools={self.allowed_tools!r}, "
            f"authorization={self.authorization!r}, "
            f"connector_id={self.connector_id!r}, "
            f"headers={self.headers!r}, "
            f"require_approval={self.require_approval!r}, "
            f"server_description={self.server_description!r}, "
            f"server_label={self.server_label!r}, "
            f"server_url={self.server_url!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.allowed_tools,
            self.authorization,
            self.connector_id,
            self.headers,
            self.require_approval,
            self.server_description,
            self.server_label,
            self.server_url,
            self.type,
            self.extra_fields,
        ) == (
            other.allowed_tools,
            other.authorization,
            other.connector_id,
            other.headers,
            other.require_approval,
            other.server_description,
            other.server_label,
            other.server_url,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "McpServerTool",
                self.allowed_tools,
                self.authorization,
                self.connector_id,
                self.headers,
                self.require_approval,
                self.server_description,
                self.server_label,
                self.server_url,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
