# Generated from the OpenRouter OpenAPI spec (components/schemas/ObservabilityPosthogDestination) by `python -m codegen`; do not edit.
"""The ``ObservabilityPosthogDestination`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.observability_filter_rules_config import (
        ObservabilityFilterRulesConfig,
    )


@attrs.frozen(kw_only=True)
class ObservabilityPosthogDestinationConfig:
    """The ``config`` of a :class:`ObservabilityPosthogDestination`."""

    api_key: str = attrs.field(metadata={"wire": "apiKey"})
    endpoint: str | None = None
    headers: dict[str, str] | None = None
    """Custom HTTP headers to include in requests to this destination."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class ObservabilityPosthogDestination:
    """The ``ObservabilityPosthogDestination`` object."""

    api_key_hashes: list[str] | None
    """Optional allowlist of OpenRouter API key hashes (`api_keys.hash`) whose traffic is forwarded
    to this destination.
    """
    broadcast_generation_cost: bool
    """When true, include cost and billing generation metadata."""
    broadcast_generation_identity: bool
    """When true, include identity generation metadata."""
    broadcast_generation_request_context: bool
    """When true, include request-context generation metadata."""
    config: ObservabilityPosthogDestinationConfig
    created_at: str
    """ISO timestamp of when the destination was created."""
    enabled: bool
    """Whether this destination is currently enabled."""
    filter_rules: ObservabilityFilterRulesConfig | None
    id: str
    """Stable public identifier for this destination."""
    name: str | None
    """Human-readable name for the destination."""
    privacy_mode: bool
    """When true, request/response bodies are not forwarded to this destination — only metadata."""
    sampling_rate: float
    """Sampling rate for events sent to this destination, between 0.0001 and 1 (1 = 100%)."""
    type: str = "posthog"
    updated_at: str
    """ISO timestamp of when the destination was last updated."""
    workspace_id: str
    """ID of the workspace this destination belongs to."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
