# Generated from the OpenRouter OpenAPI spec (components/schemas/CreatePrivateEndpointRequest) by `python -m codegen`; do not edit.
"""The ``CreatePrivateEndpointRequest`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.private_endpoint_activation import PrivateEndpointActivation
    from openrouter_core.models.private_endpoint_pricing import PrivateEndpointPricing


@attrs.frozen(kw_only=True)
class CreatePrivateEndpointRequest:
    """The ``CreatePrivateEndpointRequest`` object."""

    model_permaslug: str
    """Permanent slug of the model this endpoint serves."""
    provider_slug: str
    """Slug of the upstream provider."""
    upstream_model_id: str
    """Model or deployment identifier sent to the upstream provider."""
    activate: PrivateEndpointActivation | None = None
    """Validate and activate in the same call."""
    base_url: str | None = None
    """HTTPS base URL of your deployment."""
    declared_region: str | Unset | None = UNSET
    """Attest where this deployment processes data. Known values: ``"global"``, ``"europe"``,
    ``"us"``.
    """
    declared_zdr: bool | Unset | None = UNSET
    """Attest that this deployment retains no prompt or completion data."""
    pricing: PrivateEndpointPricing | None = None
    """Negotiated per-token rates reported for requests routed to this endpoint."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
