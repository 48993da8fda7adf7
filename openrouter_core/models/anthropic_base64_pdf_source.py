# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicBase64PdfSource) by `python -m codegen`; do not edit.
"""The ``AnthropicBase64PdfSource`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicBase64PdfSource:
    """The ``AnthropicBase64PdfSource`` object."""

    data: str
    media_type: str = "application/pdf"
    type: str = "base64"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
