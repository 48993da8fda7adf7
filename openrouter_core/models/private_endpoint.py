# Generated from the OpenRouter OpenAPI spec (components/schemas/PrivateEndpoint) by `python -m codegen`; do not edit.
"""The ``PrivateEndpoint`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.private_endpoint_pricing import PrivateEndpointPricing


@attrs.frozen(kw_only=True)
class PrivateEndpoint:
    """The ``PrivateEndpoint`` object."""

    base_url: str | None
    """HTTPS base URL of your deployment, or `null` for providers whose URL is derived from the BYOK
    credential (Azure, Amazon Bedrock, Google Vertex).
    """
    declared_region: str | None
    """Where you attest this deployment processes data. Known values: ``"global"``, ``"europe"``,
    ``"us"``.
    """
    declared_zdr: bool | None
    """Whether you attest this deployment retains no prompt or completion data."""
    id: str
    """Stable identifier of the private endpoint."""
    model_name: str | None
    """Display name of the model, or `null` when the model is no longer listed."""
    model_permaslug: str
    """Permanent slug of the model this endpoint serves."""
    model_slug: str | None
    """Public model slug, or `null` when the model is no longer listed."""
    pricing: PrivateEndpointPricing
    """Negotiated per-token rates reported for requests routed to this endpoint."""
    provider_name: str
    """Display name of the upstream provider."""
    provider_slug: str | None
    """Slug of the upstream provider, or `null` when the provider is no longer listed."""
    status: str
    """Lifecycle state. Known values: ``"draft"``, ``"active"``, ``"disabled"``."""
    upstream_model_id: str
    """Model or deployment identifier sent to the upstream provider."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
