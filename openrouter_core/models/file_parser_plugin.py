# Generated from the OpenRouter OpenAPI spec (components/schemas/FileParserPlugin) by `python -m codegen`; do not edit.
"""The ``FileParserPlugin`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.pdf_parser_options import PDFParserOptions


@attrs.frozen(kw_only=True)
class FileParserPlugin:
    """The ``FileParserPlugin`` object."""

    enabled: bool | None = None
    """Set to false to disable the file-parser plugin for this request."""
    id: str = "file-parser"
    pdf: PDFParserOptions | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
