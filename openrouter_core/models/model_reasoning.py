# Generated from the OpenRouter OpenAPI spec (components/schemas/ModelReasoning) by `python -m codegen`; do not edit.
"""Reasoning effort configuration."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class ModelReasoning:
    """Reasoning effort configuration."""

    default_effort: str | Unset | None = UNSET
    """Default reasoning effort when the client enables reasoning without specifying effort. Known
    values: :class:`ReasoningEffort`.
    """
    default_enabled: bool | None = None
    """Default reasoning enabled state when the client does not set `reasoning.enabled`."""
    mandatory: bool
    """When true, reasoning cannot be disabled and effort "none" is rejected."""
    supported_efforts: list[str | None] | Unset | None = UNSET
    """Allowed reasoning effort values for this model, in descending effort order (highest first).
    """
    supports_max_tokens: bool | None = None
    """Present and `true` when the model accepts `reasoning.max_tokens` in requests
    (Anthropic-style) instead of or in addition to `reasoning.effort`.
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
