# Generated from the OpenRouter OpenAPI spec (components/schemas/BatchSubmitBody) by `python -m codegen`; do not edit.
"""Batch submit request body."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.batch_provider_preferences import BatchProviderPreferences
    from openrouter_core.models.request import Request


@attrs.frozen(kw_only=True)
class BatchSubmitBody:
    """Batch submit request body."""

    endpoint: str
    """Known values: ``"/v1/chat/completions"``, ``"/v1/responses"``, ``"/v1/messages"``,
    ``"/v1/embeddings"``.
    """
    model: str
    requests: list[Request]
    callback_url: str | None = None
    """HTTPS URL that receives a `batch.completed`, `batch.failed`, `batch.cancelled` or
    `batch.expired` webhook event when the batch reaches a terminal status.
    """
    completion_window: str | None = None
    provider: BatchProviderPreferences | Unset | None = UNSET
    """Batch provider routing preferences."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        endpoint: str,
        model: str,
        requests: list[Request],
        callback_url: str | None = None,
        completion_window: str | None = None,
        provider: BatchProviderPreferences | Unset | None = UNSET,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("endpoint", endpoint)
        _setattr("model", model)
        _setattr("requests", requests)
        _setattr("callback_url", callback_url)
        _setattr("completion_window", completion_window)
        _setattr("provider", provider)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"endpoint={self.endpoint!r}, "
            f"model={self.model!r}, "
            f"requests={self.requests!r}, "
            f"callback_url={self.callback_url!r}, "
            f"completion_window={self.completion_window!r}, "
            f"provider={self.provider!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.endpoint,
            self.model,
            self.requests,
            self.callback_url,
            self.completion_window,
            self.provider,
            self.extra_fields,
        ) == (
            other.endpoint,
            other.model,
            other.requests,
            other.callback_url,
            other.completion_window,
            other.provider,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "BatchSubmitBody",
                self.endpoint,
                self.model,
                self.requests,
                self.callback_url,
                self.completion_window,
                self.provider,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
