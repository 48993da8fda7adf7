# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicWebFetchContent) by `python -m codegen`; do not edit.
"""One of :class:`AnthropicWebFetchToolResultError`, :class:`AnthropicWebFetchBlock`, ``dict[str,
Any]``.
"""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.anthropic_web_fetch_block import AnthropicWebFetchBlock
from openrouter_core.models.anthropic_web_fetch_tool_result_error import (
    AnthropicWebFetchToolResultError,
)

AnthropicWebFetchContent: TypeAlias = (
    AnthropicWebFetchToolResultError | AnthropicWebFetchBlock | dict[str, Any]
)
"""One of :class:`AnthropicWebFetchToolResultError`, :class:`AnthropicWebFetchBlock`, ``dict[str,
Any]``.
"""


_ANTHROPIC_WEB_FETCH_CONTENT_BY_TYPE: dict[Any, Any] = {
    "web_fetch_result": AnthropicWebFetchBlock,
    "web_fetch_tool_result_error": AnthropicWebFetchToolResultError,
}


def _choose_anthropic_web_fetch_content(data: Any) -> Any:
    """The member of :data:`AnthropicWebFetchContent` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _ANTHROPIC_WEB_FETCH_CONTENT_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"AnthropicWebFetchContent: expected an object, got {type(data).__name__}")


register_union(AnthropicWebFetchContent, _choose_anthropic_web_fetch_content)
