# Generated from the OpenRouter OpenAPI spec (components/schemas/PrivateEndpoint) by `python -m codegen`; do not edit.
"""The ``PrivateEndpoint`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.private_endpoint_pricing import PrivateEndpointPricing


@attrs.frozen(kw_only=True)
class PrivateEndpoint:
    """The ``PrivateEndpoint`` object."""

    base_url: str | None
    """HTTPS base URL of your deployment, or `null` for providers whose URL is derived from the BYOK
    credential (Azure, Amazon Bedrock, Google Vertex).
    """
    declared_region: str | None
    """Where you attest this deployment processes data. Known values: ``"global"``, ``"europe"``,
    ``"us"``.
    """
    declared_zdr: bool | None
    """Whether you attest this deployment retains no prompt or completion data."""
    id: str
    """Stable identifier of the private endpoint."""
    model_name: str | None
    """Display name of the model, or `null` when the model is no longer listed."""
    model_permaslug: str
    """Permanent slug of the model this endpoint serves."""
    model_slug: str | None
    """Public model slug, or `null` when the model is no longer listed."""
    pricing: PrivateEndpointPricing
    """Negotiated per-token rates reported for requests routed to this endpoint."""
    provider_name: str
    """Display name of the upstream provider."""
    provider_slug: str | None
    """Slug of the upstream provider, or `null` when the provider is no longer listed."""
    status: str
    """Lifecycle state. Known values: ``"draft"``, ``"active"``, ``"disabled"``."""
    upstream_model_id: str
    """Model or deployment identifier sent to the upstream provider."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        base_url: str | None,
        declared_region: str | None,
        declared_zdr: bool | None,
        id: str,
        model_name: str | None,
        model_permaslug: str,
        model_slug: str | None,
        pricing: PrivateEndpointPricing,
        provider_name: str,
        provider_slug: str | None,
        status: str,
        upstream_model_id: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("base_url", base_url)
        _setattr("declared_region", declared_region)
        _setattr("declared_zdr", declared_zdr)
        _setattr("id", id)
        _setattr("model_name", model_name)
        _setattr("model_permaslug", model_permaslug)
        _setattr("model_slug", model_slug)
        _setattr("pricing", pricing)
        _setattr("provider_name", provider_name)
        _setattr("provider_slug", provider_slug)
        _setattr("status", status)
        _setattr("upstream_model_id", upstream_model_id)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"base_url={self.base_url!r}, "
            f"declared_region={self.declared_region!r}, "
            f"declared_zdr={self.declared_zdr!r}, "
            f"id={self.id!r}, "
            f"model_name={self.model_name!r}, "
            f"model_permaslug={self.model_permaslug!r}, "
            f"model_slug={self.model_slug!r}, "
            f"pricing={self.pricing!r}, "
            f"provider_name={self.provider_name!r}, "
            f"provider_slug={self.provider_slug!r}, "
            f"status={self.status!r}, "
            f"upstream_model_id={self.upstream_model_id!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.base_url,
            self.declared_region,
            self.declared_zdr,
            self.id,
            self.model_name,
            self.model_permaslug,
            self.model_slug,
            self.pricing,
            self.provider_name,
            self.provider_slug,
            self.status,
            self.upstream_model_id,
            self.extra_fields,
        ) == (
            other.base_url,
            other.declared_region,
            other.declared_zdr,
            other.id,
            other.model_name,
            other.model_permaslug,
            other.model_slug,
            other.pricing,
            other.provider_name,
            other.provider_slug,
            other.status,
            other.upstream_model_id,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "PrivateEndpoint",
                self.base_url,
                self.declared_region,
                self.declared_zdr,
                self.id,
                self.model_name,
                self.model_permaslug,
                self.model_slug,
                self.pricing,
                self.provider_name,
                self.provider_slug,
                self.status,
                self.upstream_model_id,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
