# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatUrlCitationAnnotation) by `python -m codegen`; do not edit.
"""A web search citation of an assistant message."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.chat_url_citation import ChatUrlCitation


@attrs.frozen(kw_only=True)
class ChatUrlCitationAnnotation:
    """A web search citation of an assistant message."""

    type: str = "url_citation"
    url_citation: ChatUrlCitation
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        type: str = "url_citation",
        url_citation: ChatUrlCitation,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("type", type)
        _setattr("url_citation", url_citation)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}(type={self.type!r}, url_citation={self.url_citation!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.type, self.url_citation, self.extra_fields) == (
            other.type,
            other.url_citation,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("ChatUrlCitationAnnotation", self.type, self.url_citation, self.extra_fields))

    # --- end of attrs methods ---
