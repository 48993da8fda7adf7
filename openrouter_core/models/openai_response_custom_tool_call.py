# Generated from the OpenRouter OpenAPI spec (components/schemas/OpenAIResponseCustomToolCall) by `python -m codegen`; do not edit.
"""The ``OpenAIResponseCustomToolCall`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OpenAIResponseCustomToolCall:
    """The ``OpenAIResponseCustomToolCall`` object."""

    call_id: str
    id: str | None = None
    input: str
    name: str
    namespace: str | None = None
    """Namespace qualifier for tools registered as part of a namespace tool group (e.g. an MCP
    server).
    """
    type: str = "custom_tool_call"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
