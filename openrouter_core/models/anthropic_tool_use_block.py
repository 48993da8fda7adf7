# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicToolUseBlock) by `python -m codegen`; do not edit.
"""The ``AnthropicToolUseBlock`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_caller import AnthropicCaller


@attrs.frozen(kw_only=True)
class AnthropicToolUseBlock:
    """The ``AnthropicToolUseBlock`` object."""

    caller: AnthropicCaller
    id: str
    input: Any = None
    name: str
    type: str = "tool_use"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
