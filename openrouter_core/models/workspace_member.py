# Generated from the OpenRouter OpenAPI spec (components/schemas/WorkspaceMember) by `python -m codegen`; do not edit.
"""The ``WorkspaceMember`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class WorkspaceMember:
    """The ``WorkspaceMember`` object."""

    created_at: str
    """ISO 8601 timestamp of when the membership was created."""
    id: str
    """Unique identifier for the workspace membership."""
    role: str
    """Role of the member in the workspace. Known values: ``"admin"``, ``"member"``."""
    user_id: str
    """Clerk user ID of the member."""
    workspace_id: str
    """ID of the workspace."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
