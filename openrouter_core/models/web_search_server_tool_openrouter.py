# Generated from the OpenRouter OpenAPI spec (components/schemas/WebSearchServerTool_OpenRouter) by `python -m codegen`; do not edit.
"""OpenRouter built-in server tool: searches the web for current information."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.web_search_server_tool_config import WebSearchServerToolConfig


@attrs.frozen(kw_only=True)
class WebSearchServerToolOpenRouter:
    """OpenRouter built-in server tool: searches the web for current information."""

    parameters: WebSearchServerToolConfig | None = None
    type: str = "openrouter:web_search"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
