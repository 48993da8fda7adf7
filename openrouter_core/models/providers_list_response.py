# Generated from the OpenRouter OpenAPI spec (ProvidersListResponse) by `python -m codegen`; do not edit.
"""The ``ProvidersListResponse`` object."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class ProvidersListResponseData:
    """The ``data`` of a :class:`ProvidersListResponse`."""

    datacenters: list[str] | Unset | None = UNSET
    """ISO 3166-1 Alpha-2 country codes of the provider datacenter locations."""
    headquarters: str | Unset | None = UNSET
    """ISO 3166-1 Alpha-2 country code of the provider headquarters."""
    name: str
    """Display name of the provider."""
    privacy_policy_url: str | None
    """URL to the provider's privacy policy."""
    slug: str
    """URL-friendly identifier for the provider."""
    status_page_url: str | Unset | None = UNSET
    """URL to the provider's status page."""
    terms_of_service_url: str | Unset | None = UNSET
    """URL to the provider's terms of service."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class ProvidersListResponse:
    """The ``ProvidersListResponse`` object."""

    data: list[ProvidersListResponseData]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
