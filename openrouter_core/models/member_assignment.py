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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        assigned_by: str | None,
        created_at: str,
        guardrail_id: str,
        id: str,
        organization_id: str,
        user_id: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("assigned_by", assigned_by)
        _setattr("created_at", created_at)
        _setattr("guardrail_id", guardrail_id)
        _setattr("id", id)
        _setattr("organization_id", organization_id)
        _setattr("user_id", user_id)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"assigned_by={self.assigned_by!r}, "
            f"created_at={self.created_at!r}, "
            f"guardrail_id={self.guardrail_id!r}, "
            f"id={self.id!r}, "
            f"organization_id={self.organization_id!r}, "
            f"user_id={self.user_id!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.assigned_by,
            self.created_at,
            self.guardrail_id,
            self.id,
            self.organization_id,
            self.user_id,
            self.extra_fields,
        ) == (
            other.assigned_by,
            other.created_at,
            other.guardrail_id,
            other.id,
            other.organization_id,
            other.user_id,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "MemberAssignment",
                self.assigned_by,
                self.created_at,
                self.guardrail_id,
                self.id,
                self.organization_id,
                self.user_id,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
