# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicTextEditorCodeExecutionCreateResult) by `python -m codegen`; do not edit.
"""The ``AnthropicTextEditorCodeExecutionCreateResult`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicTextEditorCodeExecutionCreateResult:
    """The ``AnthropicTextEditorCodeExecutionCreateResult`` object."""

    is_file_update: bool
    type: str = "text_editor_code_execution_create_result"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
