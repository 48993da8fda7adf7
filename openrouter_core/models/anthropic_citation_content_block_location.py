# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicCitationContentBlockLocation) by `python -m codegen`; do not edit.
"""The ``AnthropicCitationContentBlockLocation`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicCitationContentBlockLocation:
    """The ``AnthropicCitationContentBlockLocation`` object."""

    cited_text: str
    document_index: int
    document_title: str | None
    end_block_index: int
    file_id: str | None
    start_block_index: int
    type: str = "content_block_location"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
