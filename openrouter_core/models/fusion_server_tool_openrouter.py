# Generated from the OpenRouter OpenAPI spec (components/schemas/FusionServerTool_OpenRouter) by `python -m codegen`; do not edit.
"""OpenRouter built-in server tool: fans out the user prompt to a panel of analysis models, then
asks an analyst model to summarize their collective output as structured JSON the outer model can
synthesize from.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.fusion_server_tool_config import FusionServerToolConfig


@attrs.frozen(kw_only=True)
class FusionServerToolOpenRouter:
    """OpenRouter built-in server tool: fans out the user prompt to a panel of analysis models, then
    asks an analyst model to summarize their collective output as structured JSON the outer model
    can synthesize from.
    """

    parameters: FusionServerToolConfig | None = None
    type: str = "openrouter:fusion"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
