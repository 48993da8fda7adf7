# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicTextEditorCodeExecutionViewResult) by `python -m codegen`; do not edit.
"""The ``AnthropicTextEditorCodeExecutionViewResult`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicTextEditorCodeExecutionViewResult:
    """The ``AnthropicTextEditorCodeExecutionViewResult`` object."""

    content: str
    file_type: str
    """Known values: ``"text"``, ``"image"``, ``"pdf"``."""
    num_lines: int | None
    start_line: int | None
    total_lines: int | None
    type: str = "text_editor_code_execution_view_result"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
