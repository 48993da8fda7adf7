# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicTextBlockParam) by `python -m codegen`; do not edit.
"""The ``AnthropicTextBlockParam`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from openrouter_core._converter import register_union
from openrouter_core._unset import UNSET, Unset
from openrouter_core.models.anthropic_citation_char_location_param import (
    AnthropicCitationCharLocationParam,
)
from openrouter_core.models.anthropic_citation_content_block_location_param import (
    AnthropicCitationContentBlockLocationParam,
)
from openrouter_core.models.anthropic_citation_page_location_param import (
    AnthropicCitationPageLocationParam,
)
from openrouter_core.models.anthropic_citation_search_result_location_param import (
    AnthropicCitationSearchResultLocationParam,
)
from openrouter_core.models.anthropic_citation_web_search_result_location_param import (
    AnthropicCitationWebSearchResultLocationParam,
)

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )

AnthropicTextBlockParamCitations: TypeAlias = (
    AnthropicCitationCharLocationParam
    | AnthropicCitationPageLocationParam
    | AnthropicCitationContentBlockLocationParam
    | AnthropicCitationWebSearchResultLocationParam
    | AnthropicCitationSearchResultLocationParam
    | dict[str, Any]
)
"""The ``citations`` of a :class:`AnthropicTextBlockParam`."""


_ANTHROPIC_TEXT_BLOCK_PARAM_CITATIONS_BY_TYPE: dict[Any, Any] = {
    "char_location": AnthropicCitationCharLocationParam,
    "content_block_location": AnthropicCitationContentBlockLocationParam,
    "page_location": AnthropicCitationPageLocationParam,
    "search_result_location": AnthropicCitationSearchResultLocationParam,
    "web_search_result_location": AnthropicCitationWebSearchResultLocationParam,
}


def _choose_anthropic_text_block_param_citations(data: Any) -> Any:
    """The member of :data:`AnthropicTextBlockParamCitations` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _ANTHROPIC_TEXT_BLOCK_PARAM_CITATIONS_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"AnthropicTextBlockParamCitations: expected an object, got {type(data).__name__}"
    )


register_union(AnthropicTextBlockParamCitations, _choose_anthropic_text_block_param_citations)


@attrs.frozen(kw_only=True)
class AnthropicTextBlockParam:
    """The ``AnthropicTextBlockParam`` object."""

    cache_control: AnthropicCacheControlDirective | None = None
    citations: list[AnthropicTextBlockParamCitations] | Unset | None = UNSET
    text: str
    type: str = "text"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
