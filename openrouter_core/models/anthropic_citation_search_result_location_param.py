# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicCitationSearchResultLocationParam) by `python -m codegen`; do not edit.
"""The ``AnthropicCitationSearchResultLocationParam`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicCitationSearchResultLocationParam:
    """The ``AnthropicCitationSearchResultLocationParam`` object."""

    cited_text: str
    end_block_index: int
    search_result_index: int
    source: str
    start_block_index: int
    title: str | None
    type: str = "search_result_location"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
