# Generated from the OpenRouter OpenAPI spec (components/schemas/ModelsListResponse) by `python -m codegen`; do not edit.
"""List of available models."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.model import Model


@attrs.frozen(kw_only=True)
class ModelsListResponseLinks:
    """Pagination links."""

    next: str | None
    """URL for the next page of results, or null if this is the last page."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class ModelsListResponse:
    """List of available models."""

    data: list[Model]
    """List of available models."""
    links: ModelsListResponseLinks
    """Pagination links."""
    total_count: int
    """Total number of models matching the query."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
