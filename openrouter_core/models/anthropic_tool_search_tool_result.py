# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicToolSearchToolResult) by `python -m codegen`; do not edit.
"""The ``AnthropicToolSearchToolResult`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_tool_search_content import AnthropicToolSearchContent


@attrs.frozen(kw_only=True)
class AnthropicToolSearchToolResult:
    """The ``AnthropicToolSearchToolResult`` object."""

    content: AnthropicToolSearchContent
    tool_use_id: str
    type: str = "tool_search_tool_result"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
