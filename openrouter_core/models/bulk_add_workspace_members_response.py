# Generated from the OpenRouter OpenAPI spec (components/schemas/BulkAddWorkspaceMembersResponse) by `python -m codegen`; do not edit.
"""The ``BulkAddWorkspaceMembersResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.workspace_member import WorkspaceMember


@attrs.frozen(kw_only=True)
class BulkAddWorkspaceMembersResponse:
    """The ``BulkAddWorkspaceMembersResponse`` object."""

    added_count: int
    """Number of workspace memberships created or updated."""
    data: list[WorkspaceMember]
    """List of added workspace memberships."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
