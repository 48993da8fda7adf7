# Generated from the OpenRouter OpenAPI spec (components/schemas/OpenAIResponsesCodeInterpreterCallCodeDone) by `python -m codegen`; do not edit.
"""The ``OpenAIResponsesCodeInterpreterCallCodeDone`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OpenAIResponsesCodeInterpreterCallCodeDone:
    """The ``OpenAIResponsesCodeInterpreterCallCodeDone`` object."""

    code: str
    item_id: str
    output_index: int
    sequence_number: int
    type: str = "response.code_interpreter_call_code.done"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
