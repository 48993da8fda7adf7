# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.openai_responses_annotation` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from openrouter_core.dicts.file_citation import FileCitationDict
    from openrouter_core.dicts.file_path import FilePathDict
    from openrouter_core.dicts.url_citation import URLCitationDict

__all__ = [
    "OpenAIResponsesAnnotationDict",
]

OpenAIResponsesAnnotationDict: TypeAlias = "FileCitationDict | URLCitationDict | FilePathDict"
