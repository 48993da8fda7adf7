# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatServerToolChoice) by `python -m codegen`; do not edit.
"""OpenRouter extension: force a specific server tool by naming it directly in `tool_choice.type`
instead of wrapping it in `{ type: "function", function: { name } }`.
"""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ChatServerToolChoice:
    """OpenRouter extension: force a specific server tool by naming it directly in
    `tool_choice.type` instead of wrapping it in `{ type: "function", function: { name } }`.
    """

    type: str
    """OpenRouter server-tool type to force (e.g. `openrouter:web_search`, `web_search`,
    `web_search_preview`).
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
