# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.anthropic_search_result_block_param` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.anthropic_cache_control_directive import (
        AnthropicCacheControlDirectiveDict,
    )
    from openrouter_core.dicts.anthropic_text_block_param import AnthropicTextBlockParamDict

__all__ = [
    "AnthropicSearchResultBlockParamCitationsDict",
    "AnthropicSearchResultBlockParamDict",
]


class AnthropicSearchResultBlockParamDict(TypedDict, total=False):
    """The dict form of :class:`AnthropicSearchResultBlockParam`."""

    cache_control: AnthropicCacheControlDirectiveDict | None
    citations: AnthropicSearchResultBlockParamCitationsDict | None
    content: Required[list[AnthropicTextBlockParamDict]]
    source: Required[str]
    title: Required[str]
    type: Required[Literal["search_result"]]


class AnthropicSearchResultBlockParamCitationsDict(TypedDict, total=False):
    """The dict form of :class:`AnthropicSearchResultBlockParamCitations`."""

    enabled: bool | None
