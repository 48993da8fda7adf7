# Generated from the OpenRouter OpenAPI spec (components/schemas/GetScimSyncJobResponse) by `python -m codegen`; do not edit.
"""The ``GetScimSyncJobResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.scim_sync_job import ScimSyncJob


@attrs.frozen(kw_only=True)
class GetScimSyncJobResponse:
    """The ``GetScimSyncJobResponse`` object."""

    data: ScimSyncJob
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
