# Generated from the OpenRouter OpenAPI spec (components/schemas/UpdateWorkspaceRequest) by `python -m codegen`; do not edit.
"""The ``UpdateWorkspaceRequest`` object."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class UpdateWorkspaceRequest:
    """The ``UpdateWorkspaceRequest`` object."""

    default_image_model: str | Unset | None = UNSET
    """Default image model for this workspace."""
    default_provider_sort: str | Unset | None = UNSET
    """Default provider sort preference (price, throughput, latency, exacto)."""
    default_text_model: str | Unset | None = UNSET
    """Default text model for this workspace."""
    description: str | Unset | None = UNSET
    """New description for the workspace."""
    io_logging_api_key_ids: list[int] | Unset | None = UNSET
    """Optional array of API key IDs to filter I/O logging."""
    io_logging_sampling_rate: float | None = None
    """Sampling rate for I/O logging (0.0001-1)."""
    is_data_discount_logging_enabled: bool | None = None
    """Whether data discount logging is enabled."""
    is_observability_broadcast_enabled: bool | None = None
    """Whether broadcast is enabled."""
    is_observability_io_logging_enabled: bool | None = None
    """Whether private logging is enabled."""
    name: str | None = None
    """New name for the workspace."""
    slug: str | None = None
    """New URL-friendly slug (lowercase alphanumeric segments separated by single hyphens, no
    leading/trailing hyphens).
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
