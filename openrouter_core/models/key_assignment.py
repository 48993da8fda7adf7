# Generated from the OpenRouter OpenAPI spec (components/schemas/KeyAssignment) by `python -m codegen`; do not edit.
"""The ``KeyAssignment`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class KeyAssignment:
    """The ``KeyAssignment`` object."""

    assigned_by: str | None
    """User ID of who made the assignment."""
    created_at: str
    """ISO 8601 timestamp of when the assignment was created."""
    guardrail_id: str
    """ID of the guardrail."""
    id: str
    """Unique identifier for the assignment."""
    key_hash: str
    """Hash of the assigned API key."""
    key_label: str
    """Label of the API key."""
    key_name: str
    """Name of the API key."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
