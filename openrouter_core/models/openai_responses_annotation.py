# Generated from the OpenRouter OpenAPI spec (components/schemas/OpenAIResponsesAnnotation) by `python -m codegen`; do not edit.
"""One of :class:`FileCitation`, :class:`URLCitation`, :class:`FilePath`, ``dict[str, Any]``."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.file_citation import FileCitation
from openrouter_core.models.file_path import FilePath
from openrouter_core.models.url_citation import URLCitation

OpenAIResponsesAnnotation: TypeAlias = FileCitation | URLCitation | FilePath | dict[str, Any]
"""One of :class:`FileCitation`, :class:`URLCitation`, :class:`FilePath`, ``dict[str, Any]``."""


_OPENAI_RESPONSES_ANNOTATION_BY_TYPE: dict[Any, Any] = {
    "file_citation": FileCitation,
    "file_path": FilePath,
    "url_citation": URLCitation,
}


def _choose_openai_responses_annotation(data: Any) -> Any:
    """The member of :data:`OpenAIResponsesAnnotation` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _OPENAI_RESPONSES_ANNOTATION_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"OpenAIResponsesAnnotation: expected an object, got {type(data).__name__}")


register_union(OpenAIResponsesAnnotation, _choose_openai_responses_annotation)
