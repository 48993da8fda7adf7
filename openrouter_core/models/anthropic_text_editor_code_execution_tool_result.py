# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicTextEditorCodeExecutionToolResult) by `python -m codegen`; do not edit.
"""The ``AnthropicTextEditorCodeExecutionToolResult`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_text_editor_code_execution_content import (
        AnthropicTextEditorCodeExecutionContent,
    )


@attrs.frozen(kw_only=True)
class AnthropicTextEditorCodeExecutionToolResult:
    """The ``AnthropicTextEditorCodeExecutionToolResult`` object."""

    content: AnthropicTextEditorCodeExecutionContent
    tool_use_id: str
    type: str = "text_editor_code_execution_tool_result"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
