# Generated from the OpenRouter OpenAPI spec (components/schemas/OpenAIResponsesCodeInterpreterCallCompleted) by `python -m codegen`; do not edit.
"""The ``OpenAIResponsesCodeInterpreterCallCompleted`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OpenAIResponsesCodeInterpreterCallCompleted:
    """The ``OpenAIResponsesCodeInterpreterCallCompleted`` object."""

    item_id: str
    output_index: int
    sequence_number: int
    type: str = "response.code_interpreter_call.completed"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
