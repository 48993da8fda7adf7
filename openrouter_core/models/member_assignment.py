# Generated from the OpenRouter OpenAPI spec (components/schemas/MemberAssignment) by `python -m codegen`; do not edit.
"""The ``MemberAssignment`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class MemberAssignment:
    """The ``MemberAssignment`` object."""

    assigned_by: str | None
    """User ID of who made the assignment."""
    created_at: str
    """ISO 8601 timestamp of when the assignment was created."""
    guardrail_id: str
    """ID of the guardrail."""
    id: str
    """Unique identifier for the assignment."""
    organization_id: str
    """Organization ID."""
    user_id: str
    """Clerk user ID of the assigned member."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
