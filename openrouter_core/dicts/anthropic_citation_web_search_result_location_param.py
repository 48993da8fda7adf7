# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.anthropic_citation_web_search_result_location_param` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "AnthropicCitationWebSearchResultLocationParamDict",
]


class AnthropicCitationWebSearchResultLocationParamDict(TypedDict, total=False):
    """The dict form of :class:`AnthropicCitationWebSearchResultLocationParam`."""

    cited_text: Required[str]
    encrypted_index: Required[str]
    title: Required[str | None]
    type: Required[Literal["web_search_result_location"]]
    url: Required[str]
