# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicSearchResultBlockParam) by `python -m codegen`; do not edit.
"""The ``AnthropicSearchResultBlockParam`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )
    from openrouter_core.models.anthropic_text_block_param import AnthropicTextBlockParam


@attrs.frozen(kw_only=True)
class AnthropicSearchResultBlockParamCitations:
    """The ``citations`` of a :class:`AnthropicSearchResultBlockParam`."""

    enabled: bool | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class AnthropicSearchResultBlockParam:
    """The ``AnthropicSearchResultBlockParam`` object."""

    cache_control: AnthropicCacheControlDirective | None = None
    citations: AnthropicSearchResultBlockParamCitations | None = None
    content: list[AnthropicTextBlockParam]
    source: str
    title: str
    type: str = "search_result"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
