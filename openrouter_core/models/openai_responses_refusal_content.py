# Generated from the OpenRouter OpenAPI spec (components/schemas/OpenAIResponsesRefusalContent) by `python -m codegen`; do not edit.
"""The ``OpenAIResponsesRefusalContent`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OpenAIResponsesRefusalContent:
    """The ``OpenAIResponsesRefusalContent`` object."""

    refusal: str
    type: str = "refusal"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
