# Generated from the OpenRouter OpenAPI spec (components/schemas/SearchModelsServerTool_OpenRouter) by `python -m codegen`; do not edit.
"""OpenRouter built-in server tool: searches and filters AI models available on OpenRouter."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.search_models_server_tool_config import SearchModelsServerToolConfig


@attrs.frozen(kw_only=True)
class SearchModelsServerToolOpenRouter:
    """OpenRouter built-in server tool: searches and filters AI models available on OpenRouter."""

    parameters: SearchModelsServerToolConfig | None = None
    type: str = "openrouter:experimental__search_models"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
