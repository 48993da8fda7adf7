# Generated from the OpenRouter OpenAPI spec (components/schemas/BatchListItem) by `python -m codegen`; do not edit.
"""Metadata-only batch object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.batch_list_item_error import BatchListItemError
    from openrouter_core.models.batch_list_item_request_counts import BatchListItemRequestCounts
    from openrouter_core.models.batch_list_item_usage import BatchListItemUsage


@attrs.frozen(kw_only=True)
class BatchListItem:
    """Metadata-only batch object."""

    completion_window: str = "24h"
    created_at: int
    endpoint: str
    error: BatchListItemError | None
    expires_at: int | None
    """Unix timestamp after which the assigned provider no longer completes unfinished requests."""
    finalized_at: int | None
    id: str
    model: str
    object: str = "batch"
    provider: str | None
    """Provider OpenRouter assigned to run the batch, using the same name as the `provider` field of
    sync responses.
    """
    request_counts: BatchListItemRequestCounts
    results: Any
    """Always null: retrieve the batch with `GET /batches/{id}` to access its results."""
    status: str
    """Known values: ``"validating"``, ``"in_progress"``, ``"finalizing"``, ``"completed"``,
    ``"failed"``, ``"expired"``, ``"cancelling"``, ``"cancelled"``.
    """
    usage: BatchListItemUsage | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
