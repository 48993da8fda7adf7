# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicFileDeleted) by `python -m codegen`; do not edit.
"""Deletion result in Anthropic's shape."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicFileDeleted:
    """Deletion result in Anthropic's shape."""

    shape: str = attrs.field(default="anthropic", metadata={"wire": "_shape"})
    id: str
    type: str = "file_deleted"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
