# Generated from the OpenRouter OpenAPI spec (components/schemas/AnnotationWebSearchCitation) by `python -m codegen`; do not edit.
"""The ``AnnotationWebSearchCitation`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.web_search_citation import WebSearchCitation


@attrs.frozen(kw_only=True)
class AnnotationWebSearchCitation:
    """The ``AnnotationWebSearchCitation`` object."""

    type: str = "web_search_citation"
    web_search_citation: WebSearchCitation
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        type: str = "web_search_citation",
        web_search_citation: WebSearchCitation,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("type", type)
        _setattr("web_search_citation", web_search_citation)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"type={self.type!r}, "
            f"web_search_citation={self.web_search_citation!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.type, self.web_search_citation, self.extra_fields) == (
            other.type,
            other.web_search_citation,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("AnnotationWebSearchCitation", self.type, self.web_search_citation, self.extra_fields)
        )

    # --- end of attrs methods ---
