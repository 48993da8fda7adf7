# Generated from the OpenRouter OpenAPI spec (components/schemas/CreateObservabilityDestinationRequest) by `python -m codegen`; do not edit.
"""The ``CreateObservabilityDestinationRequest`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.observability_filter_rules_config_nullable import (
        ObservabilityFilterRulesConfigNullable,
    )


@attrs.frozen(kw_only=True)
class CreateObservabilityDestinationRequest:
    """The ``CreateObservabilityDestinationRequest`` object."""

    api_key_hashes: list[str] | Unset | None = UNSET
    """Optional allowlist of OpenRouter API key hashes whose traffic is forwarded."""
    broadcast_generation_cost: bool | None = None
    """When true, include cost and billing generation metadata."""
    broadcast_generation_identity: bool | None = None
    """When true, include identity generation metadata."""
    broadcast_generation_request_context: bool | None = None
    """When true, include request-context generation metadata."""
    config: dict[str, Any]
    """Provider-specific configuration."""
    enabled: bool | None = None
    """Whether this destination should be enabled immediately."""
    filter_rules: ObservabilityFilterRulesConfigNullable | Unset | None = UNSET
    name: str
    """Human-readable name for the destination."""
    privacy_mode: bool | None = None
    """When true, request/response bodies are not forwarded — only metadata."""
    sampling_rate: float | None = None
    """Sampling rate between 0.0001 and 1 (1 = 100%)."""
    type: str
    """The destination type."""
    workspace_id: str | None = None
    """Optional workspace ID."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
