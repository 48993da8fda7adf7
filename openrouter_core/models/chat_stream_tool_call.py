# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatStreamToolCall) by `python -m codegen`; do not edit.
"""Tool call delta for streaming responses."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ChatStreamToolCallFunction:
    """Function call details."""

    arguments: str | None = None
    """Function arguments as JSON string."""
    name: str | None = None
    """Function name."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class ChatStreamToolCall:
    """Tool call delta for streaming responses."""

    function: ChatStreamToolCallFunction | None = None
    """Function call details."""
    id: str | None = None
    """Tool call identifier."""
    index: int
    """Tool call index in the array."""
    type: str | None = None
    """Tool call type."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
