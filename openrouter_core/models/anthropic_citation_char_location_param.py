# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicCitationCharLocationParam) by `python -m codegen`; do not edit.
"""The ``AnthropicCitationCharLocationParam`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicCitationCharLocationParam:
    """The ``AnthropicCitationCharLocationParam`` object."""

    cited_text: str
    document_index: int
    document_title: str | None
    end_char_index: int
    start_char_index: int
    type: str = "char_location"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
