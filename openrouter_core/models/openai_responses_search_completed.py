# Generated from the OpenRouter OpenAPI spec (components/schemas/OpenAIResponsesSearchCompleted) by `python -m codegen`; do not edit.
"""The ``OpenAIResponsesSearchCompleted`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OpenAIResponsesSearchCompleted:
    """The ``OpenAIResponsesSearchCompleted`` object."""

    item_id: str
    output_index: int
    sequence_number: int
    type: str = "response.web_search_call.completed"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
