# Generated from the OpenRouter OpenAPI spec (components/schemas/WebSearchCallSearchingEvent) by `python -m codegen`; do not edit.
"""Web search call is searching."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class WebSearchCallSearchingEvent:
    """Web search call is searching."""

    item_id: str
    output_index: int
    sequence_number: int
    type: str = "response.web_search_call.searching"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
