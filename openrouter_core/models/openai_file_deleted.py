# Generated from the OpenRouter OpenAPI spec (components/schemas/OpenAIFileDeleted) by `python -m codegen`; do not edit.
"""Deletion result in OpenAI's shape."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OpenAIFileDeleted:
    """Deletion result in OpenAI's shape."""

    shape: str = attrs.field(default="openai", metadata={"wire": "_shape"})
    deleted: bool = True
    id: str
    object: str = "file"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
