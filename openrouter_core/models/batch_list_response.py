# Generated from the OpenRouter OpenAPI spec (components/schemas/BatchListResponse) by `python -m codegen`; do not edit.
"""A newest-first page of metadata-only batch objects."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.batch_list_item import BatchListItem


@attrs.frozen(kw_only=True)
class BatchListResponse:
    """A newest-first page of metadata-only batch objects."""

    data: list[BatchListItem]
    first_id: str | None
    has_more: bool
    last_id: str | None
    object: str = "list"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
