# Generated from the OpenRouter OpenAPI spec (components/schemas/BatchObject) by `python -m codegen`; do not edit.
"""The ``BatchObject`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.batch_object_error import BatchObjectError
    from openrouter_core.models.batch_object_request_counts import BatchObjectRequestCounts
    from openrouter_core.models.batch_object_usage import BatchObjectUsage
    from openrouter_core.models.result import Result


@attrs.frozen(kw_only=True)
class BatchObject:
    """The ``BatchObject`` object."""

    completion_window: str = "24h"
    created_at: int
    endpoint: str
    error: BatchObjectError | None
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
    request_counts: BatchObjectRequestCounts
    results: list[Result] | None
    status: str
    """Known values: ``"validating"``, ``"in_progress"``, ``"finalizing"``, ``"completed"``,
    ``"failed"``, ``"expired"``, ``"cancelling"``, ``"cancelled"``.
    """
    usage: BatchObjectUsage | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
