# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicCitationCharLocation) by `python -m codegen`; do not edit.
"""The ``AnthropicCitationCharLocation`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicCitationCharLocation:
    """The ``AnthropicCitationCharLocation`` object."""

    cited_text: str
    document_index: int
    document_title: str | None
    end_char_index: int
    file_id: str | None
    start_char_index: int
    type: str = "char_location"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
