# Generated from the OpenRouter OpenAPI spec (components/schemas/FunctionCallItem) by `python -m codegen`; do not edit.
"""A function call initiated by the model."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.openai_response_function_tool_call import (
        OpenAIResponseFunctionToolCallSubagentItems,
    )


@attrs.frozen(kw_only=True)
class FunctionCallItem:
    """A function call initiated by the model."""

    arguments: str
    call_id: str
    id: str
    name: str
    namespace: str | None = None
    """Namespace qualifier for tools registered as part of a namespace tool group (e.g. an MCP
    server).
    """
    status: str | None = None
    """Known values: :class:`ToolCallStatus`."""
    subagent_id: str | None = None
    """EXPERIMENTAL — subject to change without notice."""
    subagent_items: list[OpenAIResponseFunctionToolCallSubagentItems] | None = None
    """EXPERIMENTAL — subject to change without notice."""
    type: str = "function_call"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
