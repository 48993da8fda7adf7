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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        api_key_hashes: list[str] | Unset | None = UNSET,
        broadcast_generation_cost: bool | None = None,
        broadcast_generation_identity: bool | None = None,
        broadcast_generation_request_context: bool | None = None,
        config: dict[str, Any] | None = None,
        enabled: bool | None = None,
        filter_rules: ObservabilityFilterRulesConfigNullable | Unset | None = UNSET,
        name: str | None = None,
        privacy_mode: bool | None = None,
        sampling_rate: float | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("api_key_hashes", api_key_hashes)
        _setattr("broadcast_generation_cost", broadcast_generation_cost)
        _setattr("broadcast_generation_identity", broadcast_generation_identity)
        _setattr("broadcast_generation_request_context", broadcast_generation_request_context)
        _setattr("config", config)
        _setattr("enabled", enabled)
        _setattr("filter_rules", filter_rules)
        _setattr("name", name)
        _setattr("privacy_mode", privacy_mode)
        _setattr("sampling_rate", sampling_rate)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"api_key_hashes={self.api_key_hashes!r}, "
            f"broadcast_generation_cost={self.broadcast_generation_cost!r}, "
            f"broadcast_generation_identity={self.broadcast_generation_identity!r}, "
            f"broadcast_generation_request_context={self.broadcast_generation_request_context!r}, "
            f"config={self.config!r}, "
            f"enabled={self.enabled!r}, "
            f"filter_rules={self.filter_rules!r}, "
            f"name={self.name!r}, "
            f"privacy_mode={self.privacy_mode!r}, "
            f"sampling_rate={self.sampling_rate!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.api_key_hashes,
            self.broadcast_generation_cost,
            self.broadcast_generation_identity,
            self.broadcast_generation_request_context,
            self.config,
            self.enabled,
            self.filter_rules,
            self.name,
            self.privacy_mode,
            self.sampling_rate,
            self.extra_fields,
        ) == (
            other.api_key_hashes,
            other.broadcast_generation_cost,
            other.broadcast_generation_identity,
            other.broadcast_generation_request_context,
            other.config,
            other.enabled,
            other.filter_rules,
            other.name,
            other.privacy_mode,
            other.sampling_rate,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "UpdateObservabilityDestinationRequest",
                self.api_key_hashes,
                self.broadcast_generation_cost,
                self.broadcast_generation_identity,
                self.broadcast_generation_request_context,
                self.config,
                self.enabled,
                self.filter_rules,
                self.name,
                self.privacy_mode,
                self.sampling_rate,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
