# Generated from the OpenRouter OpenAPI spec (components/schemas/ListWorkspaceMembersResponse) by `python -m codegen`; do not edit.
"""The ``ListWorkspaceMembersResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.workspace_member import WorkspaceMember


@attrs.frozen(kw_only=True)
class ListWorkspaceMembersResponse:
    """The ``ListWorkspaceMembersResponse`` object."""

    data: list[WorkspaceMember]
    """List of workspace members."""
    total_count: int
    """Total number of members in the workspace."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
