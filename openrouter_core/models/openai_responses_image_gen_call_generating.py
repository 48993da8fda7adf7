# Generated from the OpenRouter OpenAPI spec (components/schemas/OpenAIResponsesImageGenCallGenerating) by `python -m codegen`; do not edit.
"""The ``OpenAIResponsesImageGenCallGenerating`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OpenAIResponsesImageGenCallGenerating:
    """The ``OpenAIResponsesImageGenCallGenerating`` object."""

    item_id: str
    output_index: int
    sequence_number: int
    type: str = "response.image_generation_call.generating"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
