# Generated from the OpenRouter OpenAPI spec (components/schemas/Workspace) by `python -m codegen`; do not edit.
"""The ``Workspace`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class Workspace:
    """The ``Workspace`` object."""

    created_at: str
    """ISO 8601 timestamp of when the workspace was created."""
    created_by: str | None
    """User ID of the workspace creator."""
    default_guardrail_id: str
    """Deterministic ID derived from the workspace ID."""
    default_image_model: str | None
    """Default image model for this workspace."""
    default_provider_sort: str | None
    """Default provider sort preference (price, throughput, latency, exacto)."""
    default_text_model: str | None
    """Default text model for this workspace."""
    description: str | None
    """Description of the workspace."""
    id: str
    """Unique identifier for the workspace."""
    include_byok_in_budgets: bool | None = None
    """Whether BYOK (bring-your-own-key) spend counts toward this workspace's budgets."""
    io_logging_api_key_ids: list[int] | None
    """Optional array of API key IDs to filter I/O logging."""
    io_logging_sampling_rate: float
    """Sampling rate for I/O logging (0.0001-1)."""
    is_data_discount_logging_enabled: bool
    """Whether data discount logging is enabled for this workspace."""
    is_observability_broadcast_enabled: bool
    """Whether broadcast is enabled for this workspace."""
    is_observability_io_logging_enabled: bool
    """Whether private logging is enabled for this workspace."""
    name: str
    """Name of the workspace."""
    slug: str
    """URL-friendly slug for the workspace."""
    updated_at: str | None
    """ISO 8601 timestamp of when the workspace was last updated."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
