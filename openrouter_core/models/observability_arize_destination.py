# Generated from the OpenRouter OpenAPI spec (components/schemas/ObservabilityArizeDestination) by `python -m codegen`; do not edit.
"""The ``ObservabilityArizeDestination`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.observability_filter_rules_config import (
        ObservabilityFilterRulesConfig,
    )


@attrs.frozen(kw_only=True)
class ObservabilityArizeDestinationConfig:
    """The ``config`` of a :class:`ObservabilityArizeDestination`."""

    api_key: str = attrs.field(metadata={"wire": "apiKey"})
    base_url: str | None = attrs.field(default=None, metadata={"wire": "baseUrl"})
    headers: dict[str, str] | None = None
    """Custom HTTP headers to include in requests to this destination."""
    model_id: str = attrs.field(metadata={"wire": "modelId"})
    """The name of the tracing project in Arize AX."""
    space_key: str = attrs.field(metadata={"wire": "spaceKey"})
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        api_key: str,
        base_url: str | None = None,
        headers: dict[str, str] | None = None,
        model_id: str,
        space_key: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("api_key", api_key)
        _setattr("base_url", base_url)
        _setattr("headers", headers)
        _setattr("model_id", model_id)
        _setattr("space_key", space_key)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"api_key={self.api_key!r}, "
            f"base_url={self.base_url!r}, "
            f"headers={self.headers!r}, "
            f"model_id={self.model_id!r}, "
            f"space_key={self.space_key!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.api_key,
            self.base_url,
            self.headers,
            self.model_id,
            self.space_key,
            self.extra_fields,
        ) == (
            other.api_key,
            other.base_url,
            other.headers,
            other.model_id,
            other.space_key,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ObservabilityArizeDestinationConfig",
                self.api_key,
                self.base_url,
                self.headers,
                self.model_id,
                self.space_key,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class ObservabilityArizeDestination:
    """The ``ObservabilityArizeDestination`` object."""

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
    config: ObservabilityArizeDestinationConfig
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
    type: str = "arize"
    updated_at: str
    """ISO timestamp of when the destination was last updated."""
    workspace_id: str
    """ID of the workspace this destination belongs to."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        api_key_hashes: list[str] | None,
        broadcast_generation_cost: bool,
        broadcast_generation_identity: bool,
        broadcast_generation_request_context: bool,
        config: ObservabilityArizeDestinationConfig,
        created_at: str,
        enabled: bool,
        filter_rules: ObservabilityFilterRulesConfig | None,
        id: str,
        name: str | None,
        privacy_mode: bool,
        sampling_rate: float,
        type: str = "arize",
        updated_at: str,
        workspace_id: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("api_key_hashes", api_key_hashes)
        _setattr("broadcast_generation_cost", broadcast_generation_cost)
        _setattr("broadcast_generation_identity", broadcast_generation_identity)
        _setattr("broadcast_generation_request_context", broadcast_generation_request_context)
        _setattr("config", config)
        _setattr("created_at", created_at)
        _setattr("enabled", enabled)
        _setattr("filter_rules", filter_rules)
        _setattr("id", id)
        _setattr("name", name)
        _setattr("privacy_mode", privacy_mode)
        _setattr("sampling_rate", sampling_rate)
        _setattr("type", type)
        _setattr("updated_at", updated_at)
        _setattr("workspace_id", workspace_id)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"api_key_hashes={self.api_key_hashes!r}, "
            f"broadcast_generation_cost={self.broadcast_generation_cost!r}, "
            f"broadcast_generation_identity={self.broadcast_generation_identity!r}, "
            f"broadcast_generation_request_context={self.broadcast_generation_request_context!r}, "
            f"config={self.config!r}, "
            f"created_at={self.created_at!r}, "
            f"enabled={self.enabled!r}, "
            f"filter_rules={self.filter_rules!r}, "
            f"id={self.id!r}, "
            f"name={self.name!r}, "
            f"privacy_mode={self.privacy_mode!r}, "
            f"sampling_rate={self.sampling_rate!r}, "
            f"type={self.type!r}, "
            f"updated_at={self.updated_at!r}, "
            f"workspace_id={self.workspace_id!r})"
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
            self.created_at,
            self.enabled,
            self.filter_rules,
            self.id,
            self.name,
            self.privacy_mode,
            self.sampling_rate,
            self.type,
            self.updated_at,
            self.workspace_id,
            self.extra_fields,
        ) == (
            other.api_key_hashes,
            other.broadcast_generation_cost,
            other.broadcast_generation_identity,
            other.broadcast_generation_request_context,
            other.config,
            other.created_at,
            other.enabled,
            other.filter_rules,
            other.id,
            other.name,
            other.privacy_mode,
            other.sampling_rate,
            other.type,
            other.updated_at,
            other.workspace_id,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ObservabilityArizeDestination",
                self.api_key_hashes,
                self.broadcast_generation_cost,
                self.broadcast_generation_identity,
                self.broadcast_generation_request_context,
                self.config,
                self.created_at,
                self.enabled,
                self.filter_rules,
                self.id,
                self.name,
                self.privacy_mode,
                self.sampling_rate,
                self.type,
                self.updated_at,
                self.workspace_id,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
