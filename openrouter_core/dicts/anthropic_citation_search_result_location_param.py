# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.anthropic_citation_search_result_location_param` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "AnthropicCitationSearchResultLocationParamDict",
]


class AnthropicCitationSearchResultLocationParamDict(TypedDict, total=False):
    """The dict form of :class:`AnthropicCitationSearchResultLocationParam`."""

    cited_text: Required[str]
    end_block_index: Required[int]
    search_result_index: Required[int]
    source: Required[str]
    start_block_index: Required[int]
    title: Required[str | None]
    type: Required[Literal["search_result_location"]]
