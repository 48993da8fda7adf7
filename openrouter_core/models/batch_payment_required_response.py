# Generated from the OpenRouter OpenAPI spec (components/schemas/BatchPaymentRequiredResponse) by `python -m codegen`; do not edit.
"""The ``BatchPaymentRequiredResponse`` object."""

from __future__ import annotations

import builtins
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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        completion_window: str = "24h",
        created_at: int,
        endpoint: str,
        error: BatchPaymentRequiredResponseError,
        expires_at: int | None,
        finalized_at: int | None,
        id: str,
        model: str,
        object: str = "batch",
        provider: str | None,
        request_counts: BatchPaymentRequiredResponseRequestCounts,
        results: Any,
        status: str,
        usage: BatchPaymentRequiredResponseUsage | None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = builtins.object.__setattr__.__get__(self)
        _setattr("completion_window", completion_window)
        _setattr("created_at", created_at)
        _setattr("endpoint", endpoint)
        _setattr("error", error)
        _setattr("expires_at", expires_at)
        _setattr("finalized_at", finalized_at)
        _setattr("id", id)
        _setattr("model", model)
        _setattr("object", object)
        _setattr("provider", provider)
        _setattr("request_counts", request_counts)
        _setattr("results", results)
        _setattr("status", status)
        _setattr("usage", usage)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"completion_window={self.completion_window!r}, "
            f"created_at={self.created_at!r}, "
            f"endpoint={self.endpoint!r}, "
            f"error={self.error!r}, "
            f"expires_at={self.expires_at!r}, "
            f"finalized_at={self.finalized_at!r}, "
            f"id={self.id!r}, "
            f"model={self.model!r}, "
            f"object={self.object!r}, "
            f"provider={self.provider!r}, "
            f"request_counts={self.request_counts!r}, "
            f"results={self.results!r}, "
            f"status={self.status!r}, "
            f"usage={self.usage!r})"
        )

    def __eq__(self, other: builtins.object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.completion_window,
            self.created_at,
            self.endpoint,
            self.error,
            self.expires_at,
            self.finalized_at,
            self.id,
            self.model,
            self.object,
            self.provider,
            self.request_counts,
            self.results,
            self.status,
            self.usage,
            self.extra_fields,
        ) == (
            other.completion_window,
            other.created_at,
            other.endpoint,
            other.error,
            other.expires_at,
            other.finalized_at,
            other.id,
            other.model,
            other.object,
            other.provider,
            other.request_counts,
            other.results,
            other.status,
            other.usage,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "BatchPaymentRequiredResponse",
                self.completion_window,
                self.created_at,
                self.endpoint,
                self.error,
                self.expires_at,
                self.finalized_at,
                self.id,
                self.model,
                self.object,
                self.provider,
                self.request_counts,
                self.results,
                self.status,
                self.usage,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
