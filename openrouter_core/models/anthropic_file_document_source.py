# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicFileDocumentSource) by `python -m codegen`; do not edit.
"""The ``AnthropicFileDocumentSource`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicFileDocumentSource:
    """The ``AnthropicFileDocumentSource`` object."""

    file_id: str
    type: str = "file"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
