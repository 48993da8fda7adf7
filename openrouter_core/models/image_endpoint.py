# Generated from the OpenRouter OpenAPI spec (components/schemas/ImageEndpoint) by `python -m codegen`; do not edit.
"""An endpoint that serves a given image model."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.capability_descriptor import CapabilityDescriptor
    from openrouter_core.models.image_pricing_entry import ImagePricingEntry


@attrs.frozen(kw_only=True)
class ImageEndpoint:
    """An endpoint that serves a given image model."""

    allowed_passthrough_parameters: list[str]
    """Provider-specific options accepted under provider.options[provider_slug]."""
    pricing: list[ImagePricingEntry]
    """Billable pricing lines for this endpoint."""
    provider_name: str
    """Provider display name."""
    provider_slug: str
    """Provider slug."""
    provider_tag: str | None
    """Provider tag for request-side selection."""
    supported_parameters: dict[str, CapabilityDescriptor]
    """The definitive set of parameters this endpoint accepts for this model."""
    supports_streaming: bool
    """Whether this endpoint supports native SSE streaming (`stream: true` in the request)."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
