# Generated from the OpenRouter OpenAPI spec (components/schemas/WebFetchServerTool) by `python -m codegen`; do not edit.
"""OpenRouter built-in server tool: fetches full content from a URL (web page or PDF)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.web_fetch_server_tool_config import WebFetchServerToolConfig


@attrs.frozen(kw_only=True)
class WebFetchServerTool:
    """OpenRouter built-in server tool: fetches full content from a URL (web page or PDF)."""

    parameters: WebFetchServerToolConfig | None = None
    type: str = "openrouter:web_fetch"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
