# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputItemReasoning) by `python -m codegen`; do not edit.
"""The ``OutputItemReasoning`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.reasoning_summary_text import ReasoningSummaryText
    from openrouter_core.models.reasoning_text_content import ReasoningTextContent


@attrs.frozen(kw_only=True)
class OutputItemReasoning:
    """The ``OutputItemReasoning`` object."""

    content: list[ReasoningTextContent] | None = None
    encrypted_content: str | Unset | None = UNSET
    id: str
    status: str | None = None
    summary: list[ReasoningSummaryText]
    type: str = "reasoning"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
