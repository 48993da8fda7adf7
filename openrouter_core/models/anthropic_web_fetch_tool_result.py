# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicWebFetchToolResult) by `python -m codegen`; do not edit.
"""The ``AnthropicWebFetchToolResult`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_caller import AnthropicCaller
    from openrouter_core.models.anthropic_web_fetch_content import AnthropicWebFetchContent


@attrs.frozen(kw_only=True)
class AnthropicWebFetchToolResult:
    """The ``AnthropicWebFetchToolResult`` object."""

    caller: AnthropicCaller
    content: AnthropicWebFetchContent
    tool_use_id: str
    type: str = "web_fetch_tool_result"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
