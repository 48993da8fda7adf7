# Generated from the OpenRouter OpenAPI spec (components/schemas/ReasoningDetailServerToolCall) by `python -m codegen`; do not edit.
"""Record of an OpenRouter server-tool invocation (e.g. openrouter:fusion), carried in
reasoning_details so a prior tool call can be rehydrated into a later turn of the same
conversation.
"""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class ReasoningDetailServerToolCall:
    """Record of an OpenRouter server-tool invocation (e.g. openrouter:fusion), carried in
    reasoning_details so a prior tool call can be rehydrated into a later turn of the same
    conversation.
    """

    arguments: str
    format: str | Unset | None = UNSET
    """Known values: :class:`ReasoningFormat`."""
    id: str | Unset | None = UNSET
    index: int | None = None
    result: str
    tool_call_id: str | Unset | None = UNSET
    tool_name: str
    type: str = "reasoning.server_tool_call"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
