# Generated from the OpenRouter OpenAPI spec (components/schemas/StreamEventsResponseIncomplete) by `python -m codegen`; do not edit.
"""Event emitted when a response is incomplete."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.open_responses_result import OpenResponsesResult


@attrs.frozen(kw_only=True)
class StreamEventsResponseIncomplete:
    """Event emitted when a response is incomplete."""

    response: OpenResponsesResult
    sequence_number: int
    type: str = "response.incomplete"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
