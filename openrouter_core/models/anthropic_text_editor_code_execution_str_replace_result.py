# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicTextEditorCodeExecutionStrReplaceResult) by `python -m codegen`; do not edit.
"""The ``AnthropicTextEditorCodeExecutionStrReplaceResult`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicTextEditorCodeExecutionStrReplaceResult:
    """The ``AnthropicTextEditorCodeExecutionStrReplaceResult`` object."""

    lines: list[str] | None
    new_lines: int | None
    new_start: int | None
    old_lines: int | None
    old_start: int | None
    type: str = "text_editor_code_execution_str_replace_result"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
