# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.mcp_approval_request_item` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "McpApprovalRequestItemDict",
]


class McpApprovalRequestItemDict(TypedDict, total=False):
    """The dict form of :class:`McpApprovalRequestItem`."""

    arguments: Required[str]
    id: Required[str]
    name: Required[str]
    server_label: Required[str]
    type: Required[Literal["mcp_approval_request"]]
