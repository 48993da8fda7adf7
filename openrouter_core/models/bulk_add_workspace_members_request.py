# Generated from the OpenRouter OpenAPI spec (components/schemas/BulkAddWorkspaceMembersRequest) by `python -m codegen`; do not edit.
"""The ``BulkAddWorkspaceMembersRequest`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class BulkAddWorkspaceMembersRequest:
    """The ``BulkAddWorkspaceMembersRequest`` object."""

    user_ids: list[str]
    """List of user IDs to add to the workspace."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
