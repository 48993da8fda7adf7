# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.file_parser_plugin` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.pdf_parser_options import PDFParserOptionsDict

__all__ = [
    "FileParserPluginDict",
]


class FileParserPluginDict(TypedDict, total=False):
    """The dict form of :class:`FileParserPlugin`."""

    enabled: bool | None
    id: Required[Literal["file-parser"]]
    pdf: PDFParserOptionsDict | None
