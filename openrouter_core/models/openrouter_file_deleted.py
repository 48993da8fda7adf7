# Generated from the OpenRouter OpenAPI spec (components/schemas/OpenRouterFileDeleted) by `python -m codegen`; do not edit.
"""Deletion result in the OpenRouter shape."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OpenRouterFileDeleted:
    """Deletion result in the OpenRouter shape."""

    shape: str = attrs.field(default="openrouter", metadata={"wire": "_shape"})
    id: str
    type: str = "file_deleted"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
