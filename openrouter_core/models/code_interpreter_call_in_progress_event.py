# Generated from the OpenRouter OpenAPI spec (components/schemas/CodeInterpreterCallInProgressEvent) by `python -m codegen`; do not edit.
"""Code interpreter call in progress."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class CodeInterpreterCallInProgressEvent:
    """Code interpreter call in progress."""

    item_id: str
    output_index: int
    sequence_number: int
    type: str = "response.code_interpreter_call.in_progress"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
