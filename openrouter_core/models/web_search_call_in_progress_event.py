# Generated from the OpenRouter OpenAPI spec (components/schemas/WebSearchCallInProgressEvent) by `python -m codegen`; do not edit.
"""Web search call in progress."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class WebSearchCallInProgressEvent:
    """Web search call in progress."""

    item_id: str
    output_index: int
    sequence_number: int
    type: str = "response.web_search_call.in_progress"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
