# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicTextBlockParam) by `python -m codegen`; do not edit.
"""The ``AnthropicTextBlockParam`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        cache_control: AnthropicCacheControlDirective | None = None,
        citations: list[AnthropicTextBlockParamCitations] | Unset | None = UNSET,
        text: str,
        type: str = "text",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("cache_control", cache_control)
        _setattr("citations", citations)
        _setattr("text", text)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"cache_control={self.cache_control!r}, "
            f"citations={self.citations!r}, "
            f"text={self.text!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.cache_control, self.citations, self.text, self.type, self.extra_fields) == (
            other.cache_control,
            other.citations,
            other.text,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AnthropicTextBlockParam",
                self.cache_control,
                self.citations,
                self.text,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
