# Generated from the OpenRouter OpenAPI spec (components/schemas/ORAnthropicBashToolResult) by `python -m codegen`; do not edit.
"""Output of an `openrouter:bash` call executed in the OpenRouter sandbox (`engine: 'openrouter'`)."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ORAnthropicBashToolResult:
    """Output of an `openrouter:bash` call executed in the OpenRouter sandbox (`engine:
    'openrouter'`).
    """

    content: dict[str, Any]
    tool_use_id: str
    type: str = "openrouter_bash_tool_result"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
