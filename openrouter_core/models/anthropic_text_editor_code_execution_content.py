# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicTextEditorCodeExecutionContent) by `python -m codegen`; do not edit.
"""One of :class:`AnthropicTextEditorCodeExecutionToolResultError`,
:class:`AnthropicTextEditorCodeExecutionViewResult`,
:class:`AnthropicTextEditorCodeExecutionCreateResult`,
:class:`AnthropicTextEditorCodeExecutionStrReplaceResult`, ``dict[str, Any]``.
"""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.anthropic_text_editor_code_execution_create_result import (
    AnthropicTextEditorCodeExecutionCreateResult,
)
from openrouter_core.models.anthropic_text_editor_code_execution_str_replace_result import (
    AnthropicTextEditorCodeExecutionStrReplaceResult,
)
from openrouter_core.models.anthropic_text_editor_code_execution_tool_result_error import (
    AnthropicTextEditorCodeExecutionToolResultError,
)
from openrouter_core.models.anthropic_text_editor_code_execution_view_result import (
    AnthropicTextEditorCodeExecutionViewResult,
)

AnthropicTextEditorCodeExecutionContent: TypeAlias = (
    AnthropicTextEditorCodeExecutionToolResultError
    | AnthropicTextEditorCodeExecutionViewResult
    | AnthropicTextEditorCodeExecutionCreateResult
    | AnthropicTextEditorCodeExecutionStrReplaceResult
    | dict[str, Any]
)
"""One of :class:`AnthropicTextEditorCodeExecutionToolResultError`,
:class:`AnthropicTextEditorCodeExecutionViewResult`,
:class:`AnthropicTextEditorCodeExecutionCreateResult`,
:class:`AnthropicTextEditorCodeExecutionStrReplaceResult`, ``dict[str, Any]``.
"""


_ANTHROPIC_TEXT_EDITOR_CODE_EXECUTION_CONTENT_BY_TYPE: dict[Any, Any] = {
    "text_editor_code_execution_create_result": AnthropicTextEditorCodeExecutionCreateResult,
    "text_editor_code_execution_str_replace_result": AnthropicTextEditorCodeExecutionStrReplaceResult,
    "text_editor_code_execution_tool_result_error": AnthropicTextEditorCodeExecutionToolResultError,
    "text_editor_code_execution_view_result": AnthropicTextEditorCodeExecutionViewResult,
}


def _choose_anthropic_text_editor_code_execution_content(data: Any) -> Any:
    """The member of :data:`AnthropicTextEditorCodeExecutionContent` that ``data`` is, by its
    ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _ANTHROPIC_TEXT_EDITOR_CODE_EXECUTION_CONTENT_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"AnthropicTextEditorCodeExecutionContent: expected an object, got {type(data).__name__}"
    )


register_union(
    AnthropicTextEditorCodeExecutionContent, _choose_anthropic_text_editor_code_execution_content
)
