# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicFile) by `python -m codegen`; do not edit.
"""A stored file in Anthropic's Files API shape."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicFile:
    """A stored file in Anthropic's Files API shape."""

    shape: str = attrs.field(default="anthropic", metadata={"wire": "_shape"})
    created_at: str
    downloadable: bool
    filename: str
    id: str
    mime_type: str
    size_bytes: int
    type: str = "file"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
