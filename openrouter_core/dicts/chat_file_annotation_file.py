# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.chat_file_annotation_file` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TypedDict

__all__ = [
    "ChatFileAnnotationFileContentDict",
    "ChatFileAnnotationFileDict",
]


class ChatFileAnnotationFileDict(TypedDict, total=False):
    """The dict form of :class:`ChatFileAnnotationFile`."""

    hash: str | None
    name: str | None
    content: list[ChatFileAnnotationFileContentDict] | None


class ChatFileAnnotationFileContentDict(TypedDict, total=False):
    """The dict form of :class:`ChatFileAnnotationFileContent`."""

    type: str | None
    text: str | None
