# Generated from the OpenRouter OpenAPI spec (components/schemas/PDFParserEngine) by `python -m codegen`; do not edit.
"""The engine to use for parsing PDF files."""

from __future__ import annotations

from typing import TypeAlias

PDFParserEngine: TypeAlias = str
"""The engine to use for parsing PDF files."""
