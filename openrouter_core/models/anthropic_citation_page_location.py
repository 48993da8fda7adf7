# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicCitationPageLocation) by `python -m codegen`; do not edit.
"""The ``AnthropicCitationPageLocation`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicCitationPageLocation:
    """The ``AnthropicCitationPageLocation`` object."""

    cited_text: str
    document_index: int
    document_title: str | None
    end_page_number: int
    file_id: str | None
    start_page_number: int
    type: str = "page_location"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
