# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicCodeExecutionToolResultError) by `python -m codegen`; do not edit.
"""The ``AnthropicCodeExecutionToolResultError`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicCodeExecutionToolResultError:
    """The ``AnthropicCodeExecutionToolResultError`` object."""

    error_code: str
    """Known values: :class:`AnthropicServerToolErrorCode`."""
    type: str = "code_execution_tool_result_error"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
