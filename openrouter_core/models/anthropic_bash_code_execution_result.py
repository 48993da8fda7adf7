# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicBashCodeExecutionResult) by `python -m codegen`; do not edit.
"""The ``AnthropicBashCodeExecutionResult`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_bash_code_execution_output import (
        AnthropicBashCodeExecutionOutput,
    )


@attrs.frozen(kw_only=True)
class AnthropicBashCodeExecutionResult:
    """The ``AnthropicBashCodeExecutionResult`` object."""

    content: list[AnthropicBashCodeExecutionOutput]
    return_code: int
    stderr: str
    stdout: str
    type: str = "bash_code_execution_result"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
