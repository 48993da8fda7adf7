# Generated from the OpenRouter OpenAPI spec (components/schemas/Workspace) by `python -m codegen`; do not edit.
"""The ``Workspace`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class Workspace:
    """The ``Workspace`` object."""

    created_at: str
    """ISO 8601 timestamp of when the workspace was created."""
    created_by: str | None
    """User ID of the workspace creator."""
    default_guardrail_id: str
    """Deterministic ID derived from the workspace ID."""
    default_image_model: str | None
    """Default image model for this workspace."""
    default_provider_sort: str | None
    """Default provider sort preference (price, throughput, latency, exacto)."""
    default_text_model: str | None
    """Default text model for this workspace."""
    description: str | None
    """Description of the workspace."""
    id: str
    """Unique identifier for the workspace."""
    include_byok_in_budgets: bool | None = None
    """Whether BYOK (bring-your-own-key) spend counts toward this workspace's budgets."""
    io_logging_api_key_ids: list[int] | None
    """Optional array of API key IDs to filter I/O logging."""
    io_logging_sampling_rate: float
    """Sampling rate for I/O logging (0.0001-1)."""
    is_data_discount_logging_enabled: bool
    """Whether data discount logging is enabled for this workspace."""
    is_observability_broadcast_enabled: bool
    """Whether broadcast is enabled for this workspace."""
    is_observability_io_logging_enabled: bool
    """Whether private logging is enabled for this workspace."""
    name: str
    """Name of the workspace."""
    slug: str
    """URL-friendly slug for the workspace."""
    updated_at: str | None
    """ISO 8601 timestamp of when the workspace was last updated."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        created_at: str,
        created_by: str | None,
        default_guardrail_id: str,
        default_image_model: str | None,
        default_provider_sort: str | None,
        default_text_model: str | None,
        description: str | None,
        id: str,
        include_byok_in_budgets: bool | None = None,
        io_logging_api_key_ids: list[int] | None,
        io_logging_sampling_rate: float,
        is_data_discount_logging_enabled: bool,
        is_observability_broadcast_enabled: bool,
        is_observability_io_logging_enabled: bool,
        name: str,
        slug: str,
        updated_at: str | None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("created_at", created_at)
        _setattr("created_by", created_by)
        _setattr("default_guardrail_id", default_guardrail_id)
        _setattr("default_image_model", default_image_model)
        _setattr("default_provider_sort", default_provider_sort)
        _setattr("default_text_model", default_text_model)
        _setattr("description", description)
        _setattr("id", id)
        _setattr("include_byok_in_budgets", include_byok_in_budgets)
        _setattr("io_logging_api_key_ids", io_logging_api_key_ids)
        _setattr("io_logging_sampling_rate", io_logging_sampling_rate)
        _setattr("is_data_discount_logging_enabled", is_data_discount_logging_enabled)
        _setattr("is_observability_broadcast_enabled", is_observability_broadcast_enabled)
        _setattr("is_observability_io_logging_enabled", is_observability_io_logging_enabled)
        _setattr("name", name)
        _setattr("slug", slug)
        _setattr("updated_at", updated_at)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"created_at={self.created_at!r}, "
            f"created_by={self.created_by!r}, "
            f"default_guardrail_id={self.default_guardrail_id!r}, "
            f"default_image_model={self.default_image_model!r}, "
            f"default_provider_sort={self.default_provider_sort!r}, "
            f"default_text_model={self.default_text_model!r}, "
            f"description={self.description!r}, "
            f"id={self.id!r}, "
            f"include_byok_in_budgets={self.include_byok_in_budgets!r}, "
            f"io_logging_api_key_ids={self.io_logging_api_key_ids!r}, "
            f"io_logging_sampling_rate={self.io_logging_sampling_rate!r}, "
            f"is_data_discount_logging_enabled={self.is_data_discount_logging_enabled!r}, "
            f"is_observability_broadcast_enabled={self.is_observability_broadcast_enabled!r}, "
            f"is_observability_io_logging_enabled={self.is_observability_io_logging_enabled!r}, "
            f"name={self.name!r}, "
            f"slug={self.slug!r}, "
            f"updated_at={self.updated_at!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.created_at,
            self.created_by,
            self.default_guardrail_id,
            self.default_image_model,
            self.default_provider_sort,
            self.default_text_model,
            self.description,
            self.id,
            self.include_byok_in_budgets,
            self.io_logging_api_key_ids,
            self.io_logging_sampling_rate,
            self.is_data_discount_logging_enabled,
            self.is_observability_broadcast_enabled,
            self.is_observability_io_logging_enabled,
            self.name,
            self.slug,
            self.updated_at,
            self.extra_fields,
        ) == (
            other.created_at,
            other.created_by,
            other.default_guardrail_id,
            other.default_image_model,
            other.default_provider_sort,
            other.default_text_model,
            other.description,
            other.id,
            other.include_byok_in_budgets,
            other.io_logging_api_key_ids,
            other.io_logging_sampling_rate,
            other.is_data_discount_logging_enabled,
            other.is_observability_broadcast_enabled,
            other.is_observability_io_logging_enabled,
            other.name,
            other.slug,
            other.updated_at,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "Workspace",
                self.created_at,
                self.created_by,
                self.default_guardrail_id,
                self.default_image_model,
                self.default_provider_sort,
                self.default_text_model,
                self.description,
                self.id,
                self.include_byok_in_budgets,
                self.io_logging_api_key_ids,
                self.io_logging_sampling_rate,
                self.is_data_discount_logging_enabled,
                self.is_observability_broadcast_enabled,
                self.is_observability_io_logging_enabled,
                self.name,
                self.slug,
                self.updated_at,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
