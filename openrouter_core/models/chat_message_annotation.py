# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatMessageAnnotation) by `python -m codegen`; do not edit.
"""An annotation of an assistant message: a web citation or a parsed file."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.chat_file_annotation import ChatFileAnnotation
from openrouter_core.models.chat_url_citation_annotation import ChatUrlCitationAnnotation

ChatMessageAnnotation: TypeAlias = ChatUrlCitationAnnotation | ChatFileAnnotation | dict[str, Any]
"""An annotation of an assistant message: a web citation or a parsed file."""


_CHAT_MESSAGE_ANNOTATION_BY_TYPE: dict[Any, Any] = {
    "file": ChatFileAnnotation,
    "url_citation": ChatUrlCitationAnnotation,
}


def _choose_chat_message_annotation(data: Any) -> Any:
    """The member of :data:`ChatMessageAnnotation` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _CHAT_MESSAGE_ANNOTATION_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"ChatMessageAnnotation: expected an object, got {type(data).__name__}")


register_union(ChatMessageAnnotation, _choose_chat_message_annotation)
