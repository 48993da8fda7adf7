# Generated from the OpenRouter OpenAPI spec (components/schemas/ToolSearchServerToolConfig) by `python -m codegen`; do not edit.
"""Configuration for the openrouter:tool_search server tool."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ToolSearchServerToolConfig:
    """Configuration for the openrouter:tool_search server tool."""

    max_results: int | None = None
    """Maximum tools returned by one search."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
