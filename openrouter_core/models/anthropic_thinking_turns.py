# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicThinkingTurns) by `python -m codegen`; do not edit.
"""The ``AnthropicThinkingTurns`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicThinkingTurns:
    """The ``AnthropicThinkingTurns`` object."""

    type: str = "thinking_turns"
    value: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
