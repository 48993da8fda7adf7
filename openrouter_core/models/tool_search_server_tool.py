# Generated from the OpenRouter OpenAPI spec (components/schemas/ToolSearchServerTool) by `python -m codegen`; do not edit.
"""OpenRouter built-in server tool: finds tools marked `defer_loading` and makes them callable."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.tool_search_server_tool_config import ToolSearchServerToolConfig


@attrs.frozen(kw_only=True)
class ToolSearchServerTool:
    """OpenRouter built-in server tool: finds tools marked `defer_loading` and makes them callable."""

    parameters: ToolSearchServerToolConfig | None = None
    type: str = "openrouter:tool_search"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
