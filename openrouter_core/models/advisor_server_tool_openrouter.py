# Generated from the OpenRouter OpenAPI spec (components/schemas/AdvisorServerTool_OpenRouter) by `python -m codegen`; do not edit.
"""OpenRouter built-in server tool: consults a higher-intelligence advisor model (any OpenRouter
model) for guidance mid-generation and returns its response.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.advisor_server_tool_config import AdvisorServerToolConfig


@attrs.frozen(kw_only=True)
class AdvisorServerToolOpenRouter:
    """OpenRouter built-in server tool: consults a higher-intelligence advisor model (any OpenRouter
    model) for guidance mid-generation and returns its response.
    """

    parameters: AdvisorServerToolConfig | None = None
    type: str = "openrouter:advisor"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
