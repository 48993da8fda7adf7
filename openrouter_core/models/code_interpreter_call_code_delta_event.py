# Generated from the OpenRouter OpenAPI spec (components/schemas/CodeInterpreterCallCodeDeltaEvent) by `python -m codegen`; do not edit.
"""Incremental chunk of code being streamed for a `code_interpreter_call`."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class CodeInterpreterCallCodeDeltaEvent:
    """Incremental chunk of code being streamed for a `code_interpreter_call`."""

    delta: str
    item_id: str
    output_index: int
    sequence_number: int
    type: str = "response.code_interpreter_call_code.delta"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
