# Generated from the OpenRouter OpenAPI spec (components/schemas/ORAnthropicToolSearchResult) by `python -m codegen`; do not edit.
"""Router-owned deferred discovery result containing original selected tool definitions."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ORAnthropicToolSearchResult:
    """Router-owned deferred discovery result containing original selected tool definitions."""

    content: dict[str, Any]
    tool_use_id: str
    type: str = "openrouter_tool_search_result"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
