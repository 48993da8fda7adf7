# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicTextEditorCodeExecutionToolResultError) by `python -m codegen`; do not edit.
"""The ``AnthropicTextEditorCodeExecutionToolResultError`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicTextEditorCodeExecutionToolResultError:
    """The ``AnthropicTextEditorCodeExecutionToolResultError`` object."""

    error_code: str
    """Known values: ``"invalid_tool_input"``, ``"unavailable"``, ``"too_many_requests"``,
    ``"execution_time_exceeded"``, ``"file_not_found"``.
    """
    error_message: str | None
    type: str = "text_editor_code_execution_tool_result_error"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
