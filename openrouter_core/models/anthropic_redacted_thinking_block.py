# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicRedactedThinkingBlock) by `python -m codegen`; do not edit.
"""The ``AnthropicRedactedThinkingBlock`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicRedactedThinkingBlock:
    """The ``AnthropicRedactedThinkingBlock`` object."""

    data: str
    type: str = "redacted_thinking"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
