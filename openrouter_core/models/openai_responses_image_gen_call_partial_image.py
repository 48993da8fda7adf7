# Generated from the OpenRouter OpenAPI spec (components/schemas/OpenAIResponsesImageGenCallPartialImage) by `python -m codegen`; do not edit.
"""The ``OpenAIResponsesImageGenCallPartialImage`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OpenAIResponsesImageGenCallPartialImage:
    """The ``OpenAIResponsesImageGenCallPartialImage`` object."""

    item_id: str
    output_index: int
    partial_image_b64: str
    partial_image_index: int
    sequence_number: int
    type: str = "response.image_generation_call.partial_image"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
