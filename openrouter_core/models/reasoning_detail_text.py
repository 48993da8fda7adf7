# Generated from the OpenRouter OpenAPI spec (components/schemas/ReasoningDetailText) by `python -m codegen`; do not edit.
"""Reasoning detail text schema."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class ReasoningDetailText:
    """Reasoning detail text schema."""

    format: str | Unset | None = UNSET
    """Known values: :class:`ReasoningFormat`."""
    id: str | Unset | None = UNSET
    index: int | None = None
    signature: str | Unset | None = UNSET
    text: str | Unset | None = UNSET
    type: str = "reasoning.text"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
