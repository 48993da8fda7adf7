# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputMcpServerToolItem) by `python -m codegen`; do not edit.
"""An openrouter:mcp server tool output item."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OutputMcpServerToolItem:
    """An openrouter:mcp server tool output item."""

    id: str | None = None
    server_label: str | None = attrs.field(default=None, metadata={"wire": "serverLabel"})
    status: str
    """Known values: :class:`ToolCallStatus`."""
    tool_name: str | None = attrs.field(default=None, metadata={"wire": "toolName"})
    type: str = "openrouter:mcp"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
