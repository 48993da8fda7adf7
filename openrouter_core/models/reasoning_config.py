# Generated from the OpenRouter OpenAPI spec (components/schemas/ReasoningConfig) by `python -m codegen`; do not edit.
"""Configuration for reasoning mode in the response."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class ReasoningConfig:
    """Configuration for reasoning mode in the response."""

    context: str | Unset | None = UNSET
    """Controls which reasoning is available to the model. Known values: :class:`ReasoningContext`.
    """
    effort: str | Unset | None = UNSET
    """Known values: :class:`ReasoningEffort`."""
    mode: str | Unset | None = UNSET
    """Selects the reasoning mode. Known values: :class:`ReasoningMode`."""
    summary: str | Unset | None = UNSET
    """Known values: :class:`ReasoningSummaryVerbosity`."""
    enabled: bool | Unset | None = UNSET
    max_tokens: int | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
