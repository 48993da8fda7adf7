# Generated from the OpenRouter OpenAPI spec (components/schemas/OpenRouterFileList) by `python -m codegen`; do not edit.
"""A page of files in the OpenRouter shape."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.openrouter_file import OpenRouterFile


@attrs.frozen(kw_only=True)
class OpenRouterFileList:
    """A page of files in the OpenRouter shape."""

    shape: str = attrs.field(default="openrouter", metadata={"wire": "_shape"})
    cursor: str | None
    """Opaque cursor for the next page; null when there are no more results."""
    data: list[OpenRouterFile]
    first_id: str | None
    has_more: bool
    last_id: str | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
