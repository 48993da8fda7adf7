# Generated from the OpenRouter OpenAPI spec (components/schemas/OpenAIResponseFunctionToolCall) by `python -m codegen`; do not edit.
"""The ``OpenAIResponseFunctionToolCall`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OpenAIResponseFunctionToolCallSubagentItems:
    """EXPERIMENTAL — subject to change without notice."""

    type: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class OpenAIResponseFunctionToolCall:
    """The ``OpenAIResponseFunctionToolCall`` object."""

    arguments: str
    call_id: str
    id: str | None = None
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
