# Generated from the OpenRouter OpenAPI spec (components/schemas/OpenAIResponsesCodeInterpreterCallCodeDelta) by `python -m codegen`; do not edit.
"""The ``OpenAIResponsesCodeInterpreterCallCodeDelta`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OpenAIResponsesCodeInterpreterCallCodeDelta:
    """The ``OpenAIResponsesCodeInterpreterCallCodeDelta`` object."""

    delta: str
    item_id: str
    output_index: int
    sequence_number: int
    type: str = "response.code_interpreter_call_code.delta"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
