# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.anthropic_text_block_param` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.anthropic_cache_control_directive import (
        AnthropicCacheControlDirectiveDict,
    )
    from openrouter_core.dicts.anthropic_citation_char_location_param import (
        AnthropicCitationCharLocationParamDict,
    )
    from openrouter_core.dicts.anthropic_citation_content_block_location_param import (
        AnthropicCitationContentBlockLocationParamDict,
    )
    from openrouter_core.dicts.anthropic_citation_page_location_param import (
        AnthropicCitationPageLocationParamDict,
    )
    from openrouter_core.dicts.anthropic_citation_search_result_location_param import (
        AnthropicCitationSearchResultLocationParamDict,
    )
    from openrouter_core.dicts.anthropic_citation_web_search_result_location_param import (
        AnthropicCitationWebSearchResultLocationParamDict,
    )

__all__ = [
    "AnthropicTextBlockParamCitationsDict",
    "AnthropicTextBlockParamDict",
]


class AnthropicTextBlockParamDict(TypedDict, total=False):
    """The dict form of :class:`AnthropicTextBlockParam`."""

    cache_control: AnthropicCacheControlDirectiveDict | None
    citations: list[AnthropicTextBlockParamCitationsDict] | None
    text: Required[str]
    type: Required[Literal["text"]]


AnthropicTextBlockParamCitationsDict: TypeAlias = "AnthropicCitationCharLocationParamDict | AnthropicCitationPageLocationParamDict | AnthropicCitationContentBlockLocationParamDict | AnthropicCitationWebSearchResultLocationParamDict | AnthropicCitationSearchResultLocationParamDict"
