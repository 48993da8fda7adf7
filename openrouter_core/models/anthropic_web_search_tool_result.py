# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicWebSearchToolResult) by `python -m codegen`; do not edit.
"""The ``AnthropicWebSearchToolResult`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from openrouter_core._converter import register_union
from openrouter_core.models.anthropic_web_search_result import AnthropicWebSearchResult
from openrouter_core.models.anthropic_web_search_tool_result_error import (
    AnthropicWebSearchToolResultError,
)

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_caller import AnthropicCaller

AnthropicWebSearchToolResultContent: TypeAlias = (
    list[AnthropicWebSearchResult] | AnthropicWebSearchToolResultError
)
"""The ``content`` of a :class:`AnthropicWebSearchToolResult`."""


def _choose_anthropic_web_search_tool_result_content(data: Any) -> Any:
    """The member of :data:`AnthropicWebSearchToolResultContent` that ``data`` is, by its JSON type."""
    if isinstance(data, list):
        return list[AnthropicWebSearchResult]
    if isinstance(data, dict):
        return AnthropicWebSearchToolResultError
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"AnthropicWebSearchToolResultContent: expected an array or an object, got {type(data).__name__}"
    )


register_union(
    AnthropicWebSearchToolResultContent, _choose_anthropic_web_search_tool_result_content
)


@attrs.frozen(kw_only=True)
class AnthropicWebSearchToolResult:
    """The ``AnthropicWebSearchToolResult`` object."""

    caller: AnthropicCaller
    content: AnthropicWebSearchToolResultContent
    tool_use_id: str
    type: str = "web_search_tool_result"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
