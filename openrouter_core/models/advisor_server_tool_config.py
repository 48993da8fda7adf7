# Generated from the OpenRouter OpenAPI spec (components/schemas/AdvisorServerToolConfig) by `python -m codegen`; do not edit.
"""Configuration for one openrouter:advisor server tool entry."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.advisor_reasoning import AdvisorReasoning


@attrs.frozen(kw_only=True)
class AdvisorServerToolConfig:
    """Configuration for one openrouter:advisor server tool entry."""

    forward_transcript: bool | None = None
    """When true, the full parent conversation is forwarded to the advisor so it sees the same
    context the executor does (and the tool-call `prompt`, if given, is appended as a final user
    turn).
    """
    instructions: str | None = None
    """System instructions for the advisor sub-agent."""
    max_completion_tokens: int | None = None
    """Maximum number of output tokens (including reasoning) the advisor may produce."""
    model: str | None = None
    """Slug of the advisor model to consult (any OpenRouter model)."""
    name: str | None = None
    """Optional name for this advisor."""
    reasoning: AdvisorReasoning | None = None
    stream: bool | None = None
    """When true, the advisor's advice streams incrementally as it is produced."""
    temperature: float | None = None
    """Sampling temperature forwarded to the advisor call."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
