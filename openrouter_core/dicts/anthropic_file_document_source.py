# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.anthropic_file_document_source` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "AnthropicFileDocumentSourceDict",
]


class AnthropicFileDocumentSourceDict(TypedDict, total=False):
    """The dict form of :class:`AnthropicFileDocumentSource`."""

    file_id: Required[str]
    type: Required[Literal["file"]]
