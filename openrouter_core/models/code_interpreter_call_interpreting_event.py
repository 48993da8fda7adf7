# Generated from the OpenRouter OpenAPI spec (components/schemas/CodeInterpreterCallInterpretingEvent) by `python -m codegen`; do not edit.
"""Code interpreter is executing the code."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class CodeInterpreterCallInterpretingEvent:
    """Code interpreter is executing the code."""

    item_id: str
    output_index: int
    sequence_number: int
    type: str = "response.code_interpreter_call.interpreting"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
