# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicCodeExecutionOutput) by `python -m codegen`; do not edit.
"""The ``AnthropicCodeExecutionOutput`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicCodeExecutionOutput:
    """The ``AnthropicCodeExecutionOutput`` object."""

    file_id: str
    type: str = "code_execution_output"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
