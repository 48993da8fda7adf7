# Generated from the OpenRouter OpenAPI spec (components/schemas/ProviderResponse) by `python -m codegen`; do not edit.
"""Details of a provider response for a generation attempt."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ProviderResponse:
    """Details of a provider response for a generation attempt."""

    endpoint_id: str | None = None
    """Internal endpoint identifier."""
    id: str | None = None
    """Upstream provider response identifier."""
    is_byok: bool | None = None
    """Whether the request used a bring-your-own-key."""
    latency: float | None = None
    """Response latency in milliseconds."""
    model_permaslug: str | None = None
    """Canonical model slug."""
    provider_name: str | None = None
    """Name of the provider."""
    routed_service_tier: str | None = None
    """The service tier this request was routed to (e.g. flex, priority). Known values: ``"flex"``,
    ``"priority"``.
    """
    status: int | None
    """HTTP status code from the provider."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
