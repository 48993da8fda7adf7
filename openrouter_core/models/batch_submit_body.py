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
