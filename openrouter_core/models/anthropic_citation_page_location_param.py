# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicCitationPageLocationParam) by `python -m codegen`; do not edit.
"""The ``AnthropicCitationPageLocationParam`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicCitationPageLocationParam:
    """The ``AnthropicCitationPageLocationParam`` object."""

    cited_text: str
    document_index: int
    document_title: str | None
    end_page_number: int
    start_page_number: int
    type: str = "page_location"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
