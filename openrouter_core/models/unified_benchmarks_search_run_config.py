# Generated from the OpenRouter OpenAPI spec (components/schemas/UnifiedBenchmarksSearchRunConfig) by `python -m codegen`; do not edit.
"""Published lane configuration, included only when include_run_config=true."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class UnifiedBenchmarksSearchRunConfig:
    """Published lane configuration, included only when include_run_config=true."""

    max_agent_turns: int | None
    """Agent-turn count for the published lane, or null for plugin lanes."""
    reasoning_effort: str | None
    """Reasoning effort configured for the published lane, or null when omitted."""
    temperature: float | None
    """Sampling temperature configured for the published lane, or null when omitted."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
