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
