# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicBashCodeExecutionContent) by `python -m codegen`; do not edit.
"""One of :class:`AnthropicBashCodeExecutionToolResultError`,
:class:`AnthropicBashCodeExecutionResult`, ``dict[str, Any]``.
"""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.anthropic_bash_code_execution_result import (
    AnthropicBashCodeExecutionResult,
)
from openrouter_core.models.anthropic_bash_code_execution_tool_result_error import (
    AnthropicBashCodeExecutionToolResultError,
)

AnthropicBashCodeExecutionContent: TypeAlias = (
    AnthropicBashCodeExecutionToolResultError | AnthropicBashCodeExecutionResult | dict[str, Any]
)
"""One of :class:`AnthropicBashCodeExecutionToolResultError`,
:class:`AnthropicBashCodeExecutionResult`, ``dict[str, Any]``.
"""


_ANTHROPIC_BASH_CODE_EXECUTION_CONTENT_BY_TYPE: dict[Any, Any] = {
    "bash_code_execution_result": AnthropicBashCodeExecutionResult,
    "bash_code_execution_tool_result_error": AnthropicBashCodeExecutionToolResultError,
}


def _choose_anthropic_bash_code_execution_content(data: Any) -> Any:
    """The member of :data:`AnthropicBashCodeExecutionContent` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _ANTHROPIC_BASH_CODE_EXECUTION_CONTENT_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"AnthropicBashCodeExecutionContent: expected an object, got {type(data).__name__}"
    )


register_union(AnthropicBashCodeExecutionContent, _choose_anthropic_bash_code_execution_content)
