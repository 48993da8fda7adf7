# Generated from the OpenRouter OpenAPI spec (components/schemas/CodeInterpreterCallCodeDoneEvent) by `python -m codegen`; do not edit.
"""Emitted when code streaming completes for a `code_interpreter_call`."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class CodeInterpreterCallCodeDoneEvent:
    """Emitted when code streaming completes for a `code_interpreter_call`."""

    code: str
    item_id: str
    output_index: int
    sequence_number: int
    type: str = "response.code_interpreter_call_code.done"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
