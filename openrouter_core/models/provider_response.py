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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        endpoint_id: str | None = None,
        id: str | None = None,
        is_byok: bool | None = None,
        latency: float | None = None,
        model_permaslug: str | None = None,
        provider_name: str | None = None,
        routed_service_tier: str | None = None,
        status: int | None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("endpoint_id", endpoint_id)
        _setattr("id", id)
        _setattr("is_byok", is_byok)
        _setattr("latency", latency)
        _setattr("model_permaslug", model_permaslug)
        _setattr("provider_name", provider_name)
        _setattr("routed_service_tier", routed_service_tier)
        _setattr("status", status)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"endpoint_id={self.endpoint_id!r}, "
            f"id={self.id!r}, "
            f"is_byok={self.is_byok!r}, "
            f"latency={self.latency!r}, "
            f"model_permaslug={self.model_permaslug!r}, "
            f"provider_name={self.provider_name!r}, "
            f"routed_service_tier={self.routed_service_tier!r}, "
            f"status={self.status!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.endpoint_id,
            self.id,
            self.is_byok,
            self.latency,
            self.model_permaslug,
            self.provider_name,
            self.routed_service_tier,
            self.status,
            self.extra_fields,
        ) == (
            other.endpoint_id,
            other.id,
            other.is_byok,
            other.latency,
            other.model_permaslug,
            other.provider_name,
            other.routed_service_tier,
            other.status,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ProviderResponse",
                self.endpoint_id,
                self.id,
                self.is_byok,
                self.latency,
                self.model_permaslug,
                self.provider_name,
                self.routed_service_tier,
                self.status,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
