# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicCodeExecutionToolResult) by `python -m codegen`; do not edit.
"""The ``AnthropicCodeExecutionToolResult`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_code_execution_content import (
        AnthropicCodeExecutionContent,
    )


@attrs.frozen(kw_only=True)
class AnthropicCodeExecutionToolResult:
    """The ``AnthropicCodeExecutionToolResult`` object."""

    content: AnthropicCodeExecutionContent
    tool_use_id: str
    type: str = "code_execution_tool_result"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
