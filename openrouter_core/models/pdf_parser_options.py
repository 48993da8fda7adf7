# Generated from the OpenRouter OpenAPI spec (components/schemas/PDFParserOptions) by `python -m codegen`; do not edit.
"""Options for PDF parsing."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class PDFParserOptions:
    """Options for PDF parsing."""

    engine: str | None = None
    """Known values: ``"mistral-ocr"``, ``"native"``, ``"cloudflare-ai"``."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
