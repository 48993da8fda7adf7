# Generated from the OpenRouter OpenAPI spec (components/schemas/WebSearchCallCompletedEvent) by `python -m codegen`; do not edit.
"""Web search call completed."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class WebSearchCallCompletedEvent:
    """Web search call completed."""

    item_id: str
    output_index: int
    sequence_number: int
    type: str = "response.web_search_call.completed"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
