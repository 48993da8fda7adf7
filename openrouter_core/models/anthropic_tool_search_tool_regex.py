# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicToolSearchToolRegex) by `python -m codegen`; do not edit.
"""The ``AnthropicToolSearchToolRegex`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )


@attrs.frozen(kw_only=True)
class AnthropicToolSearchToolRegex:
    """The ``AnthropicToolSearchToolRegex`` object."""

    allowed_callers: list[str] | None = None
    cache_control: AnthropicCacheControlDirective | None = None
    defer_loading: bool | None = None
    name: str = "tool_search_tool_regex"
    strict: bool | None = None
    type: str
    """Known values: ``"tool_search_tool_regex_20251119"``, ``"tool_search_tool_regex"``."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
