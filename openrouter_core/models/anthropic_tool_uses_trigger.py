# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicToolUsesTrigger) by `python -m codegen`; do not edit.
"""The ``AnthropicToolUsesTrigger`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicToolUsesTrigger:
    """The ``AnthropicToolUsesTrigger`` object."""

    type: str = "tool_uses"
    value: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
