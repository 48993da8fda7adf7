# Generated from the OpenRouter OpenAPI spec (components/schemas/BaseReasoningConfig) by `python -m codegen`; do not edit.
"""The ``BaseReasoningConfig`` object."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class BaseReasoningConfig:
    """The ``BaseReasoningConfig`` object."""

    context: str | Unset | None = UNSET
    """Controls which reasoning is available to the model. Known values: :class:`ReasoningContext`.
    """
    effort: str | Unset | None = UNSET
    """Known values: :class:`ReasoningEffort`."""
    mode: str | Unset | None = UNSET
    """Selects the reasoning mode. Known values: :class:`ReasoningMode`."""
    summary: str | Unset | None = UNSET
    """Known values: :class:`ReasoningSummaryVerbosity`."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
