# Generated from the OpenRouter OpenAPI spec (components/schemas/MessagesAdvisorToolResultBlock) by `python -m codegen`; do not edit.
"""Advisor tool result from a prior assistant turn, replayed back to the model on the next turn."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class MessagesAdvisorToolResultBlock:
    """Advisor tool result from a prior assistant turn, replayed back to the model on the next turn."""

    content: dict[str, Any]
    tool_use_id: str
    type: str = "advisor_tool_result"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
