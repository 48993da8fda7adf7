# Generated from the OpenRouter OpenAPI spec (components/schemas/FailedEvent) by `python -m codegen`; do not edit.
"""Event emitted when a response has failed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.base_responses_result import BaseResponsesResult


@attrs.frozen(kw_only=True)
class FailedEvent:
    """Event emitted when a response has failed."""

    response: BaseResponsesResult
    sequence_number: int
    type: str = "response.failed"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
