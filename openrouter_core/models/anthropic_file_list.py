# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicFileList) by `python -m codegen`; do not edit.
"""A page of files in Anthropic's shape."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_file import AnthropicFile


@attrs.frozen(kw_only=True)
class AnthropicFileList:
    """A page of files in Anthropic's shape."""

    shape: str = attrs.field(default="anthropic", metadata={"wire": "_shape"})
    data: list[AnthropicFile]
    first_id: str | None
    has_more: bool
    last_id: str | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
