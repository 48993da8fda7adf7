# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicBashCodeExecutionToolResultError) by `python -m codegen`; do not edit.
"""The ``AnthropicBashCodeExecutionToolResultError`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicBashCodeExecutionToolResultError:
    """The ``AnthropicBashCodeExecutionToolResultError`` object."""

    error_code: str
    """Known values: ``"invalid_tool_input"``, ``"unavailable"``, ``"too_many_requests"``,
    ``"execution_time_exceeded"``, ``"output_file_too_large"``.
    """
    type: str = "bash_code_execution_tool_result_error"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
