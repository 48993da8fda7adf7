# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.chat_message_annotation` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from openrouter_core.dicts.chat_file_annotation import ChatFileAnnotationDict
    from openrouter_core.dicts.chat_url_citation_annotation import ChatUrlCitationAnnotationDict

__all__ = [
    "ChatMessageAnnotationDict",
]

ChatMessageAnnotationDict: TypeAlias = "ChatUrlCitationAnnotationDict | ChatFileAnnotationDict"
