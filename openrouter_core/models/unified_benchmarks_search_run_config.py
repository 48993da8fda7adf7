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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        max_agent_turns: int | None,
        reasoning_effort: str | None,
        temperature: float | None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("max_agent_turns", max_agent_turns)
        _setattr("reasoning_effort", reasoning_effort)
        _setattr("temperature", temperature)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"max_agent_turns={self.max_agent_turns!r}, "
            f"reasoning_effort={self.reasoning_effort!r}, "
            f"temperature={self.temperature!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.max_agent_turns,
            self.reasoning_effort,
            self.temperature,
            self.extra_fields,
        ) == (other.max_agent_turns, other.reasoning_effort, other.temperature, other.extra_fields)

    def __hash__(self) -> int:
        return hash(
            (
                "UnifiedBenchmarksSearchRunConfig",
                self.max_agent_turns,
                self.reasoning_effort,
                self.temperature,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
