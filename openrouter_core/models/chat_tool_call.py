# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatToolCall) by `python -m codegen`; do not edit.
"""Tool call made by the assistant."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ChatToolCallFunction:
    """The ``function`` of a :class:`ChatToolCall`."""

    arguments: str
    """Function arguments as JSON string."""
    name: str
    """Function name to call."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class ChatToolCall:
    """Tool call made by the assistant."""

    function: ChatToolCallFunction
    id: str
    """Tool call identifier."""
    type: str = "function"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
