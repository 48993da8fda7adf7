# Generated from the OpenRouter OpenAPI spec (components/schemas/UpdatePrivateEndpointRequest) by `python -m codegen`; do not edit.
"""The ``UpdatePrivateEndpointRequest`` object."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class UpdatePrivateEndpointRequest:
    """The ``UpdatePrivateEndpointRequest`` object."""

    upstream_model_id: str
    """Model or deployment identifier sent to the upstream provider."""
    base_url: str | None = None
    """HTTPS base URL of your deployment."""
    declared_region: str | Unset | None = UNSET
    """Attest where this deployment processes data. Known values: ``"global"``, ``"europe"``,
    ``"us"``.
    """
    declared_zdr: bool | Unset | None = UNSET
    """Attest that this deployment retains no prompt or completion data."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        upstream_model_id: str,
        base_url: str | None = None,
        declared_region: str | Unset | None = UNSET,
        declared_zdr: bool | Unset | None = UNSET,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("upstream_model_id", upstream_model_id)
        _setattr("base_url", base_url)
        _setattr("declared_region", declared_region)
        _setattr("declared_zdr", declared_zdr)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"upstream_model_id={self.upstream_model_id!r}, "
            f"base_url={self.base_url!r}, "
            f"declared_region={self.declared_region!r}, "
            f"declared_zdr={self.declared_zdr!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.upstream_model_id,
            self.base_url,
            self.declared_region,
            self.declared_zdr,
            self.extra_fields,
        ) == (
            other.upstream_model_id,
            other.base_url,
            other.declared_region,
            other.declared_zdr,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "UpdatePrivateEndpointRequest",
                self.upstream_model_id,
                self.base_url,
                self.declared_region,
                self.declared_zdr,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
