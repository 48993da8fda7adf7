# Generated from the OpenRouter OpenAPI spec (components/schemas/CreateWorkspaceRequest) by `python -m codegen`; do not edit.
"""The ``CreateWorkspaceRequest`` object."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class CreateWorkspaceRequest:
    """The ``CreateWorkspaceRequest`` object."""

    default_image_model: str | Unset | None = UNSET
    """Default image model for this workspace."""
    default_provider_sort: str | Unset | None = UNSET
    """Default provider sort preference (price, throughput, latency, exacto)."""
    default_text_model: str | Unset | None = UNSET
    """Default text model for this workspace."""
    description: str | Unset | None = UNSET
    """Description of the workspace."""
    io_logging_api_key_ids: list[int] | Unset | None = UNSET
    """Optional array of API key IDs to filter I/O logging."""
    io_logging_sampling_rate: float | None = None
    """Sampling rate for I/O logging (0.0001-1)."""
    is_data_discount_logging_enabled: bool | None = None
    """Whether data discount logging is enabled."""
    is_observability_broadcast_enabled: bool | None = None
    """Whether broadcast is enabled."""
    is_observability_io_logging_enabled: bool | None = None
    """Whether private logging is enabled."""
    name: str
    """Name for the new workspace."""
    slug: str
    """URL-friendly slug (lowercase alphanumeric segments separated by single hyphens, no
    leading/trailing hyphens).
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        default_image_model: str | Unset | None = UNSET,
        default_provider_sort: str | Unset | None = UNSET,
        default_text_model: str | Unset | None = UNSET,
        description: str | Unset | None = UNSET,
        io_logging_api_key_ids: list[int] | Unset | None = UNSET,
        io_logging_sampling_rate: float | None = None,
        is_data_discount_logging_enabled: bool | None = None,
        is_observability_broadcast_enabled: bool | None = None,
        is_observability_io_logging_enabled: bool | None = None,
        name: str,
        slug: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("default_image_model", default_image_model)
        _setattr("default_provider_sort", default_provider_sort)
        _setattr("default_text_model", default_text_model)
        _setattr("description", description)
        _setattr("io_logging_api_key_ids", io_logging_api_key_ids)
        _setattr("io_logging_sampling_rate", io_logging_sampling_rate)
        _setattr("is_data_discount_logging_enabled", is_data_discount_logging_enabled)
        _setattr("is_observability_broadcast_enabled", is_observability_broadcast_enabled)
        _setattr("is_observability_io_logging_enabled", is_observability_io_logging_enabled)
        _setattr("name", name)
        _setattr("slug", slug)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"default_image_model={self.default_image_model!r}, "
            f"default_provider_sort={self.default_provider_sort!r}, "
            f"default_text_model={self.default_text_model!r}, "
            f"description={self.description!r}, "
            f"io_logging_api_key_ids={self.io_logging_api_key_ids!r}, "
            f"io_logging_sampling_rate={self.io_logging_sampling_rate!r}, "
            f"is_data_discount_logging_enabled={self.is_data_discount_logging_enabled!r}, "
            f"is_observability_broadcast_enabled={self.is_observability_broadcast_enabled!r}, "
            f"is_observability_io_logging_enabled={self.is_observability_io_logging_enabled!r}, "
            f"name={self.name!r}, "
            f"slug={self.slug!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.default_image_model,
            self.default_provider_sort,
            self.default_text_model,
            self.description,
            self.io_logging_api_key_ids,
            self.io_logging_sampling_rate,
            self.is_data_discount_logging_enabled,
            self.is_observability_broadcast_enabled,
            self.is_observability_io_logging_enabled,
            self.name,
            self.slug,
            self.extra_fields,
        ) == (
            other.default_image_model,
            other.default_provider_sort,
            other.default_text_model,
            other.description,
            other.io_logging_api_key_ids,
            other.io_logging_sampling_rate,
            other.is_data_discount_logging_enabled,
            other.is_observability_broadcast_enabled,
            other.is_observability_io_logging_enabled,
            other.name,
            other.slug,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "CreateWorkspaceRequest",
                self.default_image_model,
                self.default_provider_sort,
                self.default_text_model,
                self.description,
                self.io_logging_api_key_ids,
                self.io_logging_sampling_rate,
                self.is_data_discount_logging_enabled,
                self.is_observability_broadcast_enabled,
                self.is_observability_io_logging_enabled,
                self.name,
                self.slug,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
