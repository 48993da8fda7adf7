# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicThinkingBlock) by `python -m codegen`; do not edit.
"""The ``AnthropicThinkingBlock`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicThinkingBlock:
    """The ``AnthropicThinkingBlock`` object."""

    signature: str
    thinking: str
    type: str = "thinking"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
