# Generated from the OpenRouter OpenAPI spec (components/schemas/PrivateEndpointPricing) by `python -m codegen`; do not edit.
"""Negotiated per-token rates reported for requests routed to this endpoint."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class PrivateEndpointPricing:
    """Negotiated per-token rates reported for requests routed to this endpoint."""

    completion: str
    """USD per completion token, as a decimal string."""
    prompt: str
    """USD per prompt token, as a decimal string."""
    cache_read: str | None = None
    """USD per cache-read prompt token, as a decimal string."""
    cache_write: str | None = None
    """USD per cache-write prompt token, as a decimal string."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
