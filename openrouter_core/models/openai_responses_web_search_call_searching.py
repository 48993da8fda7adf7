# Generated from the OpenRouter OpenAPI spec (components/schemas/OpenAIResponsesWebSearchCallSearching) by `python -m codegen`; do not edit.
"""The ``OpenAIResponsesWebSearchCallSearching`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OpenAIResponsesWebSearchCallSearching:
    """The ``OpenAIResponsesWebSearchCallSearching`` object."""

    item_id: str
    output_index: int
    sequence_number: int
    type: str = "response.web_search_call.searching"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
