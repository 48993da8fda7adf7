# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.chat_url_citation` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ChatUrlCitationDict",
]


class ChatUrlCitationDict(TypedDict, total=False):
    """The dict form of :class:`ChatUrlCitation`."""

    url: Required[str]
    title: str | None
    content: str | None
    start_index: int | None
    end_index: int | None
