# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicTextCitation) by `python -m codegen`; do not edit.
"""One of :class:`AnthropicCitationCharLocation`, :class:`AnthropicCitationPageLocation`,
:class:`AnthropicCitationContentBlockLocation`,
:class:`AnthropicCitationWebSearchResultLocation`,
:class:`AnthropicCitationSearchResultLocation`, ``dict[str, Any]``.
"""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.anthropic_citation_char_location import AnthropicCitationCharLocation
from openrouter_core.models.anthropic_citation_content_block_location import (
    AnthropicCitationContentBlockLocation,
)
from openrouter_core.models.anthropic_citation_page_location import AnthropicCitationPageLocation
from openrouter_core.models.anthropic_citation_search_result_location import (
    AnthropicCitationSearchResultLocation,
)
from openrouter_core.models.anthropic_citation_web_search_result_location import (
    AnthropicCitationWebSearchResultLocation,
)

AnthropicTextCitation: TypeAlias = (
    AnthropicCitationCharLocation
    | AnthropicCitationPageLocation
    | AnthropicCitationContentBlockLocation
    | AnthropicCitationWebSearchResultLocation
    | AnthropicCitationSearchResultLocation
    | dict[str, Any]
)
"""One of :class:`AnthropicCitationCharLocation`, :class:`AnthropicCitationPageLocation`,
:class:`AnthropicCitationContentBlockLocation`,
:class:`AnthropicCitationWebSearchResultLocation`,
:class:`AnthropicCitationSearchResultLocation`, ``dict[str, Any]``.
"""


_ANTHROPIC_TEXT_CITATION_BY_TYPE: dict[Any, Any] = {
    "char_location": AnthropicCitationCharLocation,
    "content_block_location": AnthropicCitationContentBlockLocation,
    "page_location": AnthropicCitationPageLocation,
    "search_result_location": AnthropicCitationSearchResultLocation,
    "web_search_result_location": AnthropicCitationWebSearchResultLocation,
}


def _choose_anthropic_text_citation(data: Any) -> Any:
    """The member of :data:`AnthropicTextCitation` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _ANTHROPIC_TEXT_CITATION_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"AnthropicTextCitation: expected an object, got {type(data).__name__}")


register_union(AnthropicTextCitation, _choose_anthropic_text_citation)
