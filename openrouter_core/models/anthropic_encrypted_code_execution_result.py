# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicEncryptedCodeExecutionResult) by `python -m codegen`; do not edit.
"""The ``AnthropicEncryptedCodeExecutionResult`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_code_execution_output import AnthropicCodeExecutionOutput


@attrs.frozen(kw_only=True)
class AnthropicEncryptedCodeExecutionResult:
    """The ``AnthropicEncryptedCodeExecutionResult`` object."""

    content: list[AnthropicCodeExecutionOutput]
    encrypted_stdout: str
    return_code: int
    stderr: str
    type: str = "encrypted_code_execution_result"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
