# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.anthropic_base64_pdf_source` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "AnthropicBase64PdfSourceDict",
]


class AnthropicBase64PdfSourceDict(TypedDict, total=False):
    """The dict form of :class:`AnthropicBase64PdfSource`."""

    data: Required[str]
    media_type: Required[Literal["application/pdf"]]
    type: Required[Literal["base64"]]
