# Generated from the OpenRouter OpenAPI spec (components/schemas/CreateScimGroupMappingRequest) by `python -m codegen`; do not edit.
"""The ``CreateScimGroupMappingRequest`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class CreateScimGroupMappingRequest:
    """The ``CreateScimGroupMappingRequest`` object."""

    role: str
    """Known values: ``"admin"``, ``"member"``."""
    scim_group_id: str
    workspace_id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        role: str,
        scim_group_id: str,
        workspace_id: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("role", role)
        _setattr("scim_group_id", scim_group_id)
        _setattr("workspace_id", workspace_id)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"role={self.role!r}, "
            f"scim_group_id={self.scim_group_id!r}, "
            f"workspace_id={self.workspace_id!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.role, self.scim_group_id, self.workspace_id, self.extra_fields) == (
            other.role,
            other.scim_group_id,
            other.workspace_id,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "CreateScimGroupMappingRequest",
                self.role,
                self.scim_group_id,
                self.workspace_id,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
