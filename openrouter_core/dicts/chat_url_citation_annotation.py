# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.chat_url_citation_annotation` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.chat_url_citation import ChatUrlCitationDict

__all__ = [
    "ChatUrlCitationAnnotationDict",
]


class ChatUrlCitationAnnotationDict(TypedDict, total=False):
    """The dict form of :class:`ChatUrlCitationAnnotation`."""

    type: Required[Literal["url_citation"]]
    url_citation: Required[ChatUrlCitationDict]
