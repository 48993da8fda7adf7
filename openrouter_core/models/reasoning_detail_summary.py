# Generated from the OpenRouter OpenAPI spec (components/schemas/ReasoningDetailSummary) by `python -m codegen`; do not edit.
"""Reasoning detail summary schema."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class ReasoningDetailSummary:
    """Reasoning detail summary schema."""

    format: str | Unset | None = UNSET
    """Known values: :class:`ReasoningFormat`."""
    id: str | Unset | None = UNSET
    index: int | None = None
    summary: str
    type: str = "reasoning.summary"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
