# Generated from the OpenRouter OpenAPI spec (components/schemas/UpdatePrivateEndpointPricingRequest) by `python -m codegen`; do not edit.
"""The ``UpdatePrivateEndpointPricingRequest`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.private_endpoint_pricing import PrivateEndpointPricing


@attrs.frozen(kw_only=True)
class UpdatePrivateEndpointPricingRequest:
    """The ``UpdatePrivateEndpointPricingRequest`` object."""

    pricing: PrivateEndpointPricing
    """Negotiated per-token rates reported for requests routed to this endpoint."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
