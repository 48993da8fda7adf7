# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.pdf_parser_options` (keys as sent on the wire)."""

from __future__ import annotations

from typing import Literal, TypedDict

__all__ = [
    "PDFParserOptionsDict",
]


class PDFParserOptionsDict(TypedDict, total=False):
    """The dict form of :class:`PDFParserOptions`."""

    engine: Literal["mistral-ocr", "native", "cloudflare-ai"] | str | None
