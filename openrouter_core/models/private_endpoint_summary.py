# Generated from the OpenRouter OpenAPI spec (components/schemas/PrivateEndpointSummary) by `python -m codegen`; do not edit.
"""The ``PrivateEndpointSummary`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class PrivateEndpointSummary:
    """The ``PrivateEndpointSummary`` object."""

    created_at: str
    """ISO timestamp of when the endpoint was created."""
    id: str
    """Stable identifier of the private endpoint."""
    model_name: str | None
    """Display name of the model, or `null` when the model is no longer listed."""
    model_permaslug: str
    """Permanent slug of the model this endpoint serves."""
    model_slug: str | None
    """Public model slug, or `null` when the model is no longer listed."""
    provider_name: str
    """Display name of the upstream provider."""
    status: str
    """Lifecycle state. Known values: ``"draft"``, ``"active"``, ``"disabled"``."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
