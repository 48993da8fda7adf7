# Generated from the OpenRouter OpenAPI spec (components/schemas/OpenAIResponsesCodeInterpreterCallInterpreting) by `python -m codegen`; do not edit.
"""The ``OpenAIResponsesCodeInterpreterCallInterpreting`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OpenAIResponsesCodeInterpreterCallInterpreting:
    """The ``OpenAIResponsesCodeInterpreterCallInterpreting`` object."""

    item_id: str
    output_index: int
    sequence_number: int
    type: str = "response.code_interpreter_call.interpreting"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
