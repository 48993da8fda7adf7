# Generated from the OpenRouter OpenAPI spec (components/schemas/ReasoningDetailEncrypted) by `python -m codegen`; do not edit.
"""Reasoning detail encrypted schema."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class ReasoningDetailEncrypted:
    """Reasoning detail encrypted schema."""

    data: str
    format: str | Unset | None = UNSET
    """Known values: :class:`ReasoningFormat`."""
    id: str | Unset | None = UNSET
    index: int | None = None
    type: str = "reasoning.encrypted"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
