# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicBashCodeExecutionOutput) by `python -m codegen`; do not edit.
"""The ``AnthropicBashCodeExecutionOutput`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicBashCodeExecutionOutput:
    """The ``AnthropicBashCodeExecutionOutput`` object."""

    file_id: str
    type: str = "bash_code_execution_output"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
