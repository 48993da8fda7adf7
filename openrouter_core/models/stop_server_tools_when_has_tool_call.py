# Generated from the OpenRouter OpenAPI spec (components/schemas/StopServerToolsWhenHasToolCall) by `python -m codegen`; do not edit.
"""Stop after a tool with this name has been called."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class StopServerToolsWhenHasToolCall:
    """Stop after a tool with this name has been called."""

    tool_name: str
    type: str = "has_tool_call"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
