# Generated from the OpenRouter OpenAPI spec (components/schemas/CreatePrivateEndpointRequest) by `python -m codegen`; do not edit.
"""The ``CreatePrivateEndpointRequest`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.private_endpoint_activation import PrivateEndpointActivation
    from openrouter_core.models.private_endpoint_pricing import PrivateEndpointPricing


@attrs.frozen(kw_only=True)
class CreatePrivateEndpointRequest:
    """The ``CreatePrivateEndpointRequest`` object."""

    model_permaslug: str
    """Permanent slug of the model this endpoint serves."""
    provider_slug: str
    """Slug of the upstream provider."""
    upstream_model_id: str
    """Model or deployment identifier sent to the upstream provider."""
    activate: PrivateEndpointActivation | None = None
    """Validate and activate in the same call."""
    base_url: str | None = None
    """HTTPS base URL of your deployment."""
    declared_region: str | Unset | None = UNSET
    """Attest where this deployment processes data. Known values: ``"global"``, ``"europe"``,
    ``"us"``.
    """
    declared_zdr: bool | Unset | None = UNSET
    """Attest that this deployment retains no prompt or completion data."""
    pricing: PrivateEndpointPricing | None = None
    """Negotiated per-token rates reported for requests routed to this endpoint."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        model_permaslug: str,
        provider_slug: str,
        upstream_model_id: str,
        activate: PrivateEndpointActivation | None = None,
        base_url: str | None = None,
        declared_region: str | Unset | None = UNSET,
        declared_zdr: bool | Unset | None = UNSET,
        pricing: PrivateEndpointPricing | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("model_permaslug", model_permaslug)
        _setattr("provider_slug", provider_slug)
        _setattr("upstream_model_id", upstream_model_id)
        _setattr("activate", activate)
        _setattr("base_url", base_url)
        _setattr("declared_region", declared_region)
        _setattr("declared_zdr", declared_zdr)
        _setattr("pricing", pricing)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"model_permaslug={self.model_permaslug!r}, "
            f"provider_slug={self.provider_slug!r}, "
            f"upstream_model_id={self.upstream_model_id!r}, "
            f"activate={self.activate!r}, "
            f"base_url={self.base_url!r}, "
            f"declared_region={self.declared_region!r}, "
            f"declared_zdr={self.declared_zdr!r}, "
            f"pricing={self.pricing!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.model_permaslug,
            self.provider_slug,
            self.upstream_model_id,
            self.activate,
            self.base_url,
            self.declared_region,
            self.declared_zdr,
            self.pricing,
            self.extra_fields,
        ) == (
            other.model_permaslug,
            other.provider_slug,
            other.upstream_model_id,
            other.activate,
            other.base_url,
            other.declared_region,
            other.declared_zdr,
            other.pricing,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "CreatePrivateEndpointRequest",
                self.model_permaslug,
                self.provider_slug,
                self.upstream_model_id,
                self.activate,
                self.base_url,
                self.declared_region,
                self.declared_zdr,
                self.pricing,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
