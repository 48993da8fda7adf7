# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicCodeExecutionResult) by `python -m codegen`; do not edit.
"""The ``AnthropicCodeExecutionResult`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_code_execution_output import AnthropicCodeExecutionOutput


@attrs.frozen(kw_only=True)
class AnthropicCodeExecutionResult:
    """The ``AnthropicCodeExecutionResult`` object."""

    content: list[AnthropicCodeExecutionOutput]
    return_code: int
    stderr: str
    stdout: str
    type: str = "code_execution_result"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
