# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.mcp_server_tool` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "McpServerToolAllowedToolsDict",
    "McpServerToolAllowedToolsVariant2Dict",
    "McpServerToolDict",
    "McpServerToolRequireApprovalDict",
    "McpServerToolRequireApprovalVariant1AlwaysDict",
    "McpServerToolRequireApprovalVariant1Dict",
    "McpServerToolRequireApprovalVariant1NeverDict",
]


class McpServerToolDict(TypedDict, total=False):
    """The dict form of :class:`McpServerTool`."""

    allowed_tools: McpServerToolAllowedToolsDict | None
    authorization: str | None
    connector_id: (
        Literal[
            "connector_dropbox",
            "connector_gmail",
            "connector_googlecalendar",
            "connector_googledrive",
            "connector_microsoftteams",
            "connector_outlookcalendar",
            "connector_outlookemail",
            "connector_sharepoint",
        ]
        | str
        | None
    )
    headers: dict[str, str] | None
    require_approval: McpServerToolRequireApprovalDict | None
    server_description: str | None
    server_label: Required[str]
    server_url: str | None
    type: Required[Literal["mcp"]]


McpServerToolAllowedToolsDict: TypeAlias = "list[str] | McpServerToolAllowedToolsVariant2Dict"


class McpServerToolAllowedToolsVariant2Dict(TypedDict, total=False):
    """The dict form of :class:`McpServerToolAllowedToolsVariant2`."""

    read_only: bool | None
    tool_names: list[str] | None


McpServerToolRequireApprovalDict: TypeAlias = "McpServerToolRequireApprovalVariant1Dict | str"


class McpServerToolRequireApprovalVariant1Dict(TypedDict, total=False):
    """The dict form of :class:`McpServerToolRequireApprovalVariant1`."""

    always: McpServerToolRequireApprovalVariant1AlwaysDict | None
    never: McpServerToolRequireApprovalVariant1NeverDict | None


class McpServerToolRequireApprovalVariant1AlwaysDict(TypedDict, total=False):
    """The dict form of :class:`McpServerToolRequireApprovalVariant1Always`."""

    tool_names: list[str] | None


class McpServerToolRequireApprovalVariant1NeverDict(TypedDict, total=False):
    """The dict form of :class:`McpServerToolRequireApprovalVariant1Never`."""

    tool_names: list[str] | None
