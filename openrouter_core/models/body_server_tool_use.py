# Generated from the OpenRouter OpenAPI spec (components/schemas/BodyServerToolUse) by `python -m codegen`; do not edit.
"""Usage for server-side tool execution (e.g., web search)."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class BodyServerToolUse:
    """Usage for server-side tool execution (e.g., web search)."""

    tool_calls_executed: int | Unset | None = UNSET
    """Number of OpenRouter server tool calls that executed and produced a result."""
    tool_calls_requested: int | Unset | None = UNSET
    """Total number of OpenRouter server-orchestrated tool calls the model requested, across all
    tool types.
    """
    web_search_requests: int | Unset | None = UNSET
    """Number of web searches performed by server-side tools."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
