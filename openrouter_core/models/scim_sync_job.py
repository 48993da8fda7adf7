# Generated from the OpenRouter OpenAPI spec (components/schemas/ScimSyncJob) by `python -m codegen`; do not edit.
"""The ``ScimSyncJob`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ScimSyncJob:
    """The ``ScimSyncJob`` object."""

    created_at: str
    """Time when the sync job was created."""
    deleted_groups: int | None
    """Number of groups deleted, when the job completed successfully."""
    error_message: str | None
    """Stable error message when the job failed."""
    finished_at: str | None
    """Time when synchronization finished."""
    id: str
    """Unique identifier for the sync job."""
    started_at: str | None
    """Time when synchronization started."""
    status: str
    """Current status of the sync job: queued, running, succeeded, or failed. Known values:
    ``"queued"``, ``"running"``, ``"succeeded"``, ``"failed"``.
    """
    synced_groups: int | None
    """Number of groups synchronized, when the job completed successfully."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        created_at: str,
        deleted_groups: int | None,
        error_message: str | None,
        finished_at: str | None,
        id: str,
        started_at: str | None,
        status: str,
        synced_groups: int | None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("created_at", created_at)
        _setattr("deleted_groups", deleted_groups)
        _setattr("error_message", error_message)
        _setattr("finished_at", finished_at)
        _setattr("id", id)
        _setattr("started_at", started_at)
        _setattr("status", status)
        _setattr("synced_groups", synced_groups)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"created_at={self.created_at!r}, "
            f"deleted_groups={self.deleted_groups!r}, "
            f"error_message={self.error_message!r}, "
            f"finished_at={self.finished_at!r}, "
            f"id={self.id!r}, "
            f"started_at={self.started_at!r}, "
            f"status={self.status!r}, "
            f"synced_groups={self.synced_groups!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.created_at,
            self.deleted_groups,
            self.error_message,
            self.finished_at,
            self.id,
            self.started_at,
            self.status,
            self.synced_groups,
            self.extra_fields,
        ) == (
            other.created_at,
            other.deleted_groups,
            other.error_message,
            other.finished_at,
            other.id,
            other.started_at,
            other.status,
            other.synced_groups,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ScimSyncJob",
                self.created_at,
                self.deleted_groups,
                self.error_message,
                self.finished_at,
                self.id,
                self.started_at,
                self.status,
                self.synced_groups,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
