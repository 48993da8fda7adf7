# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputReasoningItem) by `python -m codegen`; do not edit.
"""An output item containing reasoning."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.reasoning_summary_text import ReasoningSummaryText
    from openrouter_core.models.reasoning_text_content import ReasoningTextContent


@attrs.frozen(kw_only=True)
class OutputReasoningItem:
    """An output item containing reasoning."""

    content: list[ReasoningTextContent] | Unset | None = UNSET
    encrypted_content: str | Unset | None = UNSET
    id: str
    status: str | None = None
    summary: list[ReasoningSummaryText]
    type: str = "reasoning"
    format: str | Unset | None = UNSET
    """Known values: :class:`ReasoningFormat`."""
    signature: str | Unset | None = UNSET
    """A signature for the reasoning content, used for verification."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
