# Generated from the OpenRouter OpenAPI spec (components/schemas/ScimGroupMapping) by `python -m codegen`; do not edit.
"""The ``ScimGroupMapping`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ScimGroupMapping:
    """The ``ScimGroupMapping`` object."""

    created_at: str
    id: str
    organization_id: str
    role: str
    """Known values: ``"admin"``, ``"member"``."""
    scim_group_id: str
    updated_at: str
    workspace_id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        created_at: str,
        id: str,
        organization_id: str,
        role: str,
        scim_group_id: str,
        updated_at: str,
        workspace_id: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("created_at", created_at)
        _setattr("id", id)
        _setattr("organization_id", organization_id)
        _setattr("role", role)
        _setattr("scim_group_id", scim_group_id)
        _setattr("updated_at", updated_at)
        _setattr("workspace_id", workspace_id)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"created_at={self.created_at!r}, "
            f"id={self.id!r}, "
            f"organization_id={self.organization_id!r}, "
            f"role={self.role!r}, "
            f"scim_group_id={self.scim_group_id!r}, "
            f"updated_at={self.updated_at!r}, "
            f"workspace_id={self.workspace_id!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.created_at,
            self.id,
            self.organization_id,
            self.role,
            self.scim_group_id,
            self.updated_at,
            self.workspace_id,
            self.extra_fields,
        ) == (
            other.created_at,
            other.id,
            other.organization_id,
            other.role,
            other.scim_group_id,
            other.updated_at,
            other.workspace_id,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ScimGroupMapping",
                self.created_at,
                self.id,
                self.organization_id,
                self.role,
                self.scim_group_id,
                self.updated_at,
                self.workspace_id,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
