# Generated from the OpenRouter OpenAPI spec (components/schemas/OrganizationSettings) by `python -m codegen`; do not edit.
"""The ``OrganizationSettings`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OrganizationSettings:
    """The ``OrganizationSettings`` object."""

    id: str
    """ID of the organization the settings belong to."""
    is_filtered_model_catalog_enabled: bool
    """When true, `GET /api/v1/models` called with one of the organization's API keys returns only
    the models that key can use (the `/api/v1/models/user` catalog), and the signed-in dashboard
    shows the same list.
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        id: str,
        is_filtered_model_catalog_enabled: bool,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("id", id)
        _setattr("is_filtered_model_catalog_enabled", is_filtered_model_catalog_enabled)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"id={self.id!r}, "
            f"is_filtered_model_catalog_enabled={self.is_filtered_model_catalog_enabled!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.id, self.is_filtered_model_catalog_enabled, self.extra_fields) == (
            other.id,
            other.is_filtered_model_catalog_enabled,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OrganizationSettings",
                self.id,
                self.is_filtered_model_catalog_enabled,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
