# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicWebFetchBlock) by `python -m codegen`; do not edit.
"""The ``AnthropicWebFetchBlock`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_document_block import AnthropicDocumentBlock


@attrs.frozen(kw_only=True)
class AnthropicWebFetchBlock:
    """The ``AnthropicWebFetchBlock`` object."""

    content: AnthropicDocumentBlock
    retrieved_at: str | None
    type: str = "web_fetch_result"
    url: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
