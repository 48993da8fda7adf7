# Generated from the OpenRouter OpenAPI spec (components/schemas/OpenAIResponsesWebSearchCallInProgress) by `python -m codegen`; do not edit.
"""The ``OpenAIResponsesWebSearchCallInProgress`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OpenAIResponsesWebSearchCallInProgress:
    """The ``OpenAIResponsesWebSearchCallInProgress`` object."""

    item_id: str
    output_index: int
    sequence_number: int
    type: str = "response.web_search_call.in_progress"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
