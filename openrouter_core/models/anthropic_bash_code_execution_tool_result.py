# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicBashCodeExecutionToolResult) by `python -m codegen`; do not edit.
"""The ``AnthropicBashCodeExecutionToolResult`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_bash_code_execution_content import (
        AnthropicBashCodeExecutionContent,
    )


@attrs.frozen(kw_only=True)
class AnthropicBashCodeExecutionToolResult:
    """The ``AnthropicBashCodeExecutionToolResult`` object."""

    content: AnthropicBashCodeExecutionContent
    tool_use_id: str
    type: str = "bash_code_execution_tool_result"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
