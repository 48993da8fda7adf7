# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicTextBlock) by `python -m codegen`; do not edit.
"""The ``AnthropicTextBlock`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_text_citation import AnthropicTextCitation


@attrs.frozen(kw_only=True)
class AnthropicTextBlock:
    """The ``AnthropicTextBlock`` object."""

    citations: list[AnthropicTextCitation] | None
    text: str
    type: str = "text"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
