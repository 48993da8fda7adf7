# Generated from the OpenRouter OpenAPI spec (components/schemas/OpenRouterFile) by `python -m codegen`; do not edit.
"""A stored file in the OpenRouter superset shape: Anthropic-shaped, plus OpenRouter-only fields."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OpenRouterFile:
    """A stored file in the OpenRouter superset shape: Anthropic-shaped, plus OpenRouter-only
    fields.
    """

    shape: str = attrs.field(default="openrouter", metadata={"wire": "_shape"})
    created_at: str
    downloadable: bool
    filename: str
    id: str
    mime_type: str
    size_bytes: int
    type: str = "file"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
