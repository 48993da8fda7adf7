# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.anthropic_citation_page_location_param` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "AnthropicCitationPageLocationParamDict",
]


class AnthropicCitationPageLocationParamDict(TypedDict, total=False):
    """The dict form of :class:`AnthropicCitationPageLocationParam`."""

    cited_text: Required[str]
    document_index: Required[int]
    document_title: Required[str | None]
    end_page_number: Required[int]
    start_page_number: Required[int]
    type: Required[Literal["page_location"]]
