# Generated from the OpenRouter OpenAPI spec (components/schemas/ManagedPrivateEndpoint) by `python -m codegen`; do not edit.
"""The ``ManagedPrivateEndpoint`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ManagedPrivateEndpoint:
    """The ``ManagedPrivateEndpoint`` object."""

    created_at: str
    """ISO timestamp of when the endpoint was created."""
    id: str
    """Stable identifier of the private endpoint."""
    model_name: str | None
    """Display name of the model, or `null` when the model is no longer listed."""
    model_permaslug: str
    """Permanent slug of the model this endpoint serves."""
    model_slug: str | None
    """Public model slug, or `null` when the model is no longer listed."""
    provider_name: str
    """Display name of the upstream provider."""
    status: str
    """Lifecycle state. Known values: ``"draft"``, ``"active"``, ``"disabled"``."""
    declared_region: str | None
    """Where you attest this deployment processes data. Known values: ``"global"``, ``"europe"``,
    ``"us"``.
    """
    declared_zdr: bool | None
    """Whether you attest this deployment retains no prompt or completion data."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        created_at: str,
        id: str,
        model_name: str | None,
        model_permaslug: str,
        model_slug: str | None,
        provider_name: str,
        status: str,
        declared_region: str | None,
        declared_zdr: bool | None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("created_at", created_at)
        _setattr("id", id)
        _setattr("model_name", model_name)
        _setattr("model_permaslug", model_permaslug)
        _setattr("model_slug", model_slug)
        _setattr("provider_name", provider_name)
        _setattr("status", status)
        _setattr("declared_region", declared_region)
        _setattr("declared_zdr", declared_zdr)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"created_at={self.created_at!r}, "
            f"id={self.id!r}, "
            f"model_name={self.model_name!r}, "
            f"model_permaslug={self.model_permaslug!r}, "
            f"model_slug={self.model_slug!r}, "
            f"provider_name={self.provider_name!r}, "
            f"status={self.status!r}, "
            f"declared_region={self.declared_region!r}, "
            f"declared_zdr={self.declared_zdr!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.created_at,
            self.id,
            self.model_name,
            self.model_permaslug,
            self.model_slug,
            self.provider_name,
            self.status,
            self.declared_region,
            self.declared_zdr,
            self.extra_fields,
        ) == (
            other.created_at,
            other.id,
            other.model_name,
            other.model_permaslug,
            other.model_slug,
            other.provider_name,
            other.status,
            other.declared_region,
            other.declared_zdr,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ManagedPrivateEndpoint",
                self.created_at,
                self.id,
                self.model_name,
                self.model_permaslug,
                self.model_slug,
                self.provider_name,
                self.status,
                self.declared_region,
                self.declared_zdr,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
