# Generated from the OpenRouter OpenAPI spec (components/schemas/BulkRemoveWorkspaceMembersRequest) by `python -m codegen`; do not edit.
"""The ``BulkRemoveWorkspaceMembersRequest`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class BulkRemoveWorkspaceMembersRequest:
    """The ``BulkRemoveWorkspaceMembersRequest`` object."""

    user_ids: list[str]
    """List of user IDs to remove from the workspace."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
