# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicCodeExecutionContent) by `python -m codegen`; do not edit.
"""One of :class:`AnthropicCodeExecutionToolResultError`, :class:`AnthropicCodeExecutionResult`,
:class:`AnthropicEncryptedCodeExecutionResult`, ``dict[str, Any]``.
"""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.anthropic_code_execution_result import AnthropicCodeExecutionResult
from openrouter_core.models.anthropic_code_execution_tool_result_error import (
    AnthropicCodeExecutionToolResultError,
)
from openrouter_core.models.anthropic_encrypted_code_execution_result import (
    AnthropicEncryptedCodeExecutionResult,
)

AnthropicCodeExecutionContent: TypeAlias = (
    AnthropicCodeExecutionToolResultError
    | AnthropicCodeExecutionResult
    | AnthropicEncryptedCodeExecutionResult
    | dict[str, Any]
)
"""One of :class:`AnthropicCodeExecutionToolResultError`, :class:`AnthropicCodeExecutionResult`,
:class:`AnthropicEncryptedCodeExecutionResult`, ``dict[str, Any]``.
"""


_ANTHROPIC_CODE_EXECUTION_CONTENT_BY_TYPE: dict[Any, Any] = {
    "code_execution_result": AnthropicCodeExecutionResult,
    "code_execution_tool_result_error": AnthropicCodeExecutionToolResultError,
    "encrypted_code_execution_result": AnthropicEncryptedCodeExecutionResult,
}


def _choose_anthropic_code_execution_content(data: Any) -> Any:
    """The member of :data:`AnthropicCodeExecutionContent` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _ANTHROPIC_CODE_EXECUTION_CONTENT_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"AnthropicCodeExecutionContent: expected an object, got {type(data).__name__}")


register_union(AnthropicCodeExecutionContent, _choose_anthropic_code_execution_content)
