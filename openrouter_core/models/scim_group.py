# Generated from the OpenRouter OpenAPI spec (components/schemas/ScimGroup) by `python -m codegen`; do not edit.
"""The ``ScimGroup`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ScimGroup:
    """The ``ScimGroup`` object."""

    created_at: str
    display_name: str
    external_id: str | None
    id: str
    organization_id: str
    updated_at: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        created_at: str,
        display_name: str,
        external_id: str | None,
        id: str,
        organization_id: str,
        updated_at: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("created_at", created_at)
        _setattr("display_name", display_name)
        _setattr("external_id", external_id)
        _setattr("id", id)
        _setattr("organization_id", organization_id)
        _setattr("updated_at", updated_at)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"created_at={self.created_at!r}, "
            f"display_name={self.display_name!r}, "
            f"external_id={self.external_id!r}, "
            f"id={self.id!r}, "
            f"organization_id={self.organization_id!r}, "
            f"updated_at={self.updated_at!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.created_at,
            self.display_name,
            self.external_id,
            self.id,
            self.organization_id,
            self.updated_at,
            self.extra_fields,
        ) == (
            other.created_at,
            other.display_name,
            other.external_id,
            other.id,
            other.organization_id,
            other.updated_at,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ScimGroup",
                self.created_at,
                self.display_name,
                self.external_id,
                self.id,
                self.organization_id,
                self.updated_at,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
