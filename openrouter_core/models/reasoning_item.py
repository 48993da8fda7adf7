# Generated from the OpenRouter OpenAPI spec (components/schemas/ReasoningItem) by `python -m codegen`; do not edit.
"""Reasoning output item with signature and format extensions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.reasoning_summary_text import ReasoningSummaryText
    from openrouter_core.models.reasoning_text_content import ReasoningTextContent


@attrs.frozen(kw_only=True)
class ReasoningItem:
    """Reasoning output item with signature and format extensions."""

    content: list[ReasoningTextContent] | Unset | None = UNSET
    encrypted_content: str | Unset | None = UNSET
    id: str
    status: str | None = None
    summary: list[ReasoningSummaryText]
    type: str = "reasoning"
    format: str | Unset | None = UNSET
    """Known values: :class:`ReasoningFormat`."""
    signature: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
