# Generated from the OpenRouter OpenAPI spec (components/schemas/BatchPaymentRequiredResponse) by `python -m codegen`; do not edit.
"""The ``BatchPaymentRequiredResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.batch_payment_required_response_error import (
        BatchPaymentRequiredResponseError,
    )
    from openrouter_core.models.batch_payment_required_response_request_counts import (
        BatchPaymentRequiredResponseRequestCounts,
    )
    from openrouter_core.models.batch_payment_required_response_usage import (
        BatchPaymentRequiredResponseUsage,
    )


@attrs.frozen(kw_only=True)
class BatchPaymentRequiredResponse:
    """The ``BatchPaymentRequiredResponse`` object."""

    completion_window: str = "24h"
    created_at: int
    endpoint: str
    error: BatchPaymentRequiredResponseError
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
    request_counts: BatchPaymentRequiredResponseRequestCounts
    results: Any
    """Always null: results are withheld until the batch charge is covered."""
    status: str
    """Known values: ``"validating"``, ``"in_progress"``, ``"finalizing"``, ``"completed"``,
    ``"failed"``, ``"expired"``, ``"cancelling"``, ``"cancelled"``.
    """
    usage: BatchPaymentRequiredResponseUsage | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
