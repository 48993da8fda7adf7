# Generated from the OpenRouter OpenAPI spec (components/schemas/OpenAIResponsesImageGenCallInProgress) by `python -m codegen`; do not edit.
"""The ``OpenAIResponsesImageGenCallInProgress`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OpenAIResponsesImageGenCallInProgress:
    """The ``OpenAIResponsesImageGenCallInProgress`` object."""

    item_id: str
    output_index: int
    sequence_number: int
    type: str = "response.image_generation_call.in_progress"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
