# Generated from the OpenRouter OpenAPI spec (components/schemas/UpdateObservabilityDestinationRequest) by `python -m codegen`; do not edit.
"""The ``UpdateObservabilityDestinationRequest`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.observability_filter_rules_config_nullable import (
        ObservabilityFilterRulesConfigNullable,
    )


@attrs.frozen(kw_only=True)
class UpdateObservabilityDestinationRequest:
    """The ``UpdateObservabilityDestinationRequest`` object."""

    api_key_hashes: list[str] | Unset | None = UNSET
    """Optional allowlist of OpenRouter API key hashes."""
    broadcast_generation_cost: bool | None = None
    """Whether to include cost and billing generation metadata."""
    broadcast_generation_identity: bool | None = None
    """Whether to include identity generation metadata."""
    broadcast_generation_request_context: bool | None = None
    """Whether to include request-context generation metadata."""
    config: dict[str, Any] | None = None
    """Provider-specific configuration fields to update."""
    enabled: bool | None = None
    """Whether the destination is enabled."""
    filter_rules: ObservabilityFilterRulesConfigNullable | Unset | None = UNSET
    """Optional structured filter rules."""
    name: str | None = None
    """Human-readable name for the destination."""
    privacy_mode: bool | None = None
    """When true, request/response bodies are not forwarded — only metadata."""
    sampling_rate: float | None = None
    """Sampling rate between 0.0001 and 1 (1 = 100%)."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
