# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicAdvisorToolResult) by `python -m codegen`; do not edit.
"""The ``AnthropicAdvisorToolResult`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicAdvisorToolResult:
    """The ``AnthropicAdvisorToolResult`` object."""

    content: dict[str, Any]
    tool_use_id: str
    type: str = "advisor_tool_result"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
