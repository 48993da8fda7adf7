# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.anthropic_tool_search_tool_regex` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.anthropic_cache_control_directive import (
        AnthropicCacheControlDirectiveDict,
    )

__all__ = [
    "AnthropicToolSearchToolRegexDict",
]


class AnthropicToolSearchToolRegexDict(TypedDict, total=False):
    """The dict form of :class:`AnthropicToolSearchToolRegex`."""

    allowed_callers: list[str] | None
    cache_control: AnthropicCacheControlDirectiveDict | None
    defer_loading: bool | None
    name: Required[Literal["tool_search_tool_regex"]]
    strict: bool | None
    type: Required[Literal["tool_search_tool_regex_20251119", "tool_search_tool_regex"] | str]
