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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        created_at: str,
        id: str,
        role: str,
        user_id: str,
        workspace_id: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("created_at", created_at)
        _setattr("id", id)
        _setattr("role", role)
        _setattr("user_id", user_id)
        _setattr("workspace_id", workspace_id)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"created_at={self.created_at!r}, "
            f"id={self.id!r}, "
            f"role={self.role!r}, "
            f"user_id={self.user_id!r}, "
            f"workspace_id={self.workspace_id!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.created_at,
            self.id,
            self.role,
            self.user_id,
            self.workspace_id,
            self.extra_fields,
        ) == (
            other.created_at,
            other.id,
            other.role,
            other.user_id,
            other.workspace_id,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "WorkspaceMember",
                self.created_at,
                self.id,
                self.role,
                self.user_id,
                self.workspace_id,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
