# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.chat_file_annotation` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.chat_file_annotation_file import ChatFileAnnotationFileDict

__all__ = [
    "ChatFileAnnotationDict",
]


class ChatFileAnnotationDict(TypedDict, total=False):
    """The dict form of :class:`ChatFileAnnotation`."""

    type: Required[Literal["file"]]
    file: Required[ChatFileAnnotationFileDict]
