# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.mcp_approval_response_item` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "McpApprovalResponseItemDict",
]


class McpApprovalResponseItemDict(TypedDict, total=False):
    """The dict form of :class:`McpApprovalResponseItem`."""

    approval_request_id: Required[str]
    approve: Required[bool]
    id: str | None
    reason: str | None
    type: Required[Literal["mcp_approval_response"]]
