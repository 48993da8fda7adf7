# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicToolSearchResult) by `python -m codegen`; do not edit.
"""The ``AnthropicToolSearchResult`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_tool_reference import AnthropicToolReference


@attrs.frozen(kw_only=True)
class AnthropicToolSearchResult:
    """The ``AnthropicToolSearchResult`` object."""

    tool_references: list[AnthropicToolReference]
    type: str = "tool_search_tool_search_result"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
