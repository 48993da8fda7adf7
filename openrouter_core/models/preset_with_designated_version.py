# Generated from the OpenRouter OpenAPI spec (components/schemas/PresetWithDesignatedVersion) by `python -m codegen`; do not edit.
"""A preset with its currently designated version."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.preset_designated_version import PresetDesignatedVersion


@attrs.frozen(kw_only=True)
class PresetWithDesignatedVersion:
    """A preset with its currently designated version."""

    created_at: str
    creator_user_id: str | None
    description: str | None
    designated_version_id: str | None
    id: str
    name: str
    slug: str
    status: str
    """The status of a preset. Known values: :class:`PresetStatus`."""
    status_updated_at: str | None
    updated_at: str
    workspace_id: str | None
    designated_version: PresetDesignatedVersion | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        created_at: str,
        creator_user_id: str | None,
        description: str | None,
        designated_version_id: str | None,
        id: str,
        name: str,
        slug: str,
        status: str,
        status_updated_at: str | None,
        updated_at: str,
        workspace_id: str | None,
        designated_version: PresetDesignatedVersion | None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("created_at", created_at)
        _setattr("creator_user_id", creator_user_id)
        _setattr("description", description)
        _setattr("designated_version_id", designated_version_id)
        _setattr("id", id)
        _setattr("name", name)
        _setattr("slug", slug)
        _setattr("status", status)
        _setattr("status_updated_at", status_updated_at)
        _setattr("updated_at", updated_at)
        _setattr("workspace_id", workspace_id)
        _setattr("designated_version", designated_version)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"created_at={self.created_at!r}, "
            f"creator_user_id={self.creator_user_id!r}, "
            f"description={self.description!r}, "
            f"designated_version_id={self.designated_version_id!r}, "
            f"id={self.id!r}, "
            f"name={self.name!r}, "
            f"slug={self.slug!r}, "
            f"status={self.status!r}, "
            f"status_updated_at={self.status_updated_at!r}, "
            f"updated_at={self.updated_at!r}, "
            f"workspace_id={self.workspace_id!r}, "
            f"designated_version={self.designated_version!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.created_at,
            self.creator_user_id,
            self.description,
            self.designated_version_id,
            self.id,
            self.name,
            self.slug,
            self.status,
            self.status_updated_at,
            self.updated_at,
            self.workspace_id,
            self.designated_version,
            self.extra_fields,
        ) == (
            other.created_at,
            other.creator_user_id,
            other.description,
            other.designated_version_id,
            other.id,
            other.name,
            other.slug,
            other.status,
            other.status_updated_at,
            other.updated_at,
            other.workspace_id,
            other.designated_version,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "PresetWithDesignatedVersion",
                self.created_at,
                self.creator_user_id,
                self.description,
                self.designated_version_id,
                self.id,
                self.name,
                self.slug,
                self.status,
                self.status_updated_at,
                self.updated_at,
                self.workspace_id,
                self.designated_version,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
