# Generated from the OpenRouter OpenAPI spec (components/schemas/CodeInterpreterCallItem) by `python -m codegen`; do not edit.
"""A code interpreter execution call with outputs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.output_item_code_interpreter_call import (
        OutputItemCodeInterpreterCallOutputs,
    )


@attrs.frozen(kw_only=True)
class CodeInterpreterCallItem:
    """A code interpreter execution call with outputs."""

    code: str | Unset | None = UNSET
    container_id: str | None = None
    id: str
    outputs: list[OutputItemCodeInterpreterCallOutputs] | Unset | None = UNSET
    status: str
    """Known values: ``"in_progress"``, ``"completed"``, ``"incomplete"``, ``"interpreting"``,
    ``"failed"``.
    """
    type: str = "code_interpreter_call"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
