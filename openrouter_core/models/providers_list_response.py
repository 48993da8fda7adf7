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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        datacenters: list[str] | Unset | None = UNSET,
        headquarters: str | Unset | None = UNSET,
        name: str,
        privacy_policy_url: str | None,
        slug: str,
        status_page_url: str | Unset | None = UNSET,
        terms_of_service_url: str | Unset | None = UNSET,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("datacenters", datacenters)
        _setattr("headquarters", headquarters)
        _setattr("name", name)
        _setattr("privacy_policy_url", privacy_policy_url)
        _setattr("slug", slug)
        _setattr("status_page_url", status_page_url)
        _setattr("terms_of_service_url", terms_of_service_url)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"datacenters={self.datacenters!r}, "
            f"headquarters={self.headquarters!r}, "
            f"name={self.name!r}, "
            f"privacy_policy_url={self.privacy_policy_url!r}, "
            f"slug={self.slug!r}, "
            f"status_page_url={self.status_page_url!r}, "
            f"terms_of_service_url={self.terms_of_service_url!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.datacenters,
            self.headquarters,
            self.name,
            self.privacy_policy_url,
            self.slug,
            self.status_page_url,
            self.terms_of_service_url,
            self.extra_fields,
        ) == (
            other.datacenters,
            other.headquarters,
            other.name,
            other.privacy_policy_url,
            other.slug,
            other.status_page_url,
            other.terms_of_service_url,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ProvidersListResponseData",
                self.datacenters,
                self.headquarters,
                self.name,
                self.privacy_policy_url,
                self.slug,
                self.status_page_url,
                self.terms_of_service_url,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class ProvidersListResponse:
    """The ``ProvidersListResponse`` object."""

    data: list[ProvidersListResponseData]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        data: list[ProvidersListResponseData],
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("data", data)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(data={self.data!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.data, self.extra_fields) == (other.data, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("ProvidersListResponse", self.data, self.extra_fields))

    # --- end of attrs methods ---
