# Generated from the OpenRouter OpenAPI spec (components/schemas/SubagentServerTool_OpenRouter) by `python -m codegen`; do not edit.
"""OpenRouter built-in server tool: delegates self-contained tasks to a smaller, cheaper, faster
worker model (any OpenRouter model) mid-generation and returns its outcome.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.subagent_server_tool_config import SubagentServerToolConfig


@attrs.frozen(kw_only=True)
class SubagentServerToolOpenRouter:
    """OpenRouter built-in server tool: delegates self-contained tasks to a smaller, cheaper, faster
    worker model (any OpenRouter model) mid-generation and returns its outcome.
    """

    parameters: SubagentServerToolConfig | None = None
    type: str = "openrouter:subagent"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
