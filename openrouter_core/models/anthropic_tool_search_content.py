# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicToolSearchContent) by `python -m codegen`; do not edit.
"""One of :class:`AnthropicToolSearchResultError`, :class:`AnthropicToolSearchResult`, ``dict[str,
Any]``.
"""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.anthropic_tool_search_result import AnthropicToolSearchResult
from openrouter_core.models.anthropic_tool_search_result_error import AnthropicToolSearchResultError

AnthropicToolSearchContent: TypeAlias = (
    AnthropicToolSearchResultError | AnthropicToolSearchResult | dict[str, Any]
)
"""One of :class:`AnthropicToolSearchResultError`, :class:`AnthropicToolSearchResult`, ``dict[str,
Any]``.
"""


_ANTHROPIC_TOOL_SEARCH_CONTENT_BY_TYPE: dict[Any, Any] = {
    "tool_search_tool_result_error": AnthropicToolSearchResultError,
    "tool_search_tool_search_result": AnthropicToolSearchResult,
}


def _choose_anthropic_tool_search_content(data: Any) -> Any:
    """The member of :data:`AnthropicToolSearchContent` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _ANTHROPIC_TOOL_SEARCH_CONTENT_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"AnthropicToolSearchContent: expected an object, got {type(data).__name__}")


register_union(AnthropicToolSearchContent, _choose_anthropic_tool_search_content)
