# Generated from the OpenRouter OpenAPI spec (components/schemas/ToolCall) by `python -m codegen`; do not edit.
"""The ``ToolCall`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.batch_object_function import BatchObjectFunction


@attrs.frozen(kw_only=True)
class ToolCall:
    """The ``ToolCall`` object."""

    function: BatchObjectFunction
    id: str
    index: int
    type: str = "function"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
