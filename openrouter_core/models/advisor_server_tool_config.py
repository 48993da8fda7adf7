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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        forward_transcript: bool | None = None,
        instructions: str | None = None,
        max_completion_tokens: int | None = None,
        model: str | None = None,
        name: str | None = None,
        reasoning: AdvisorReasoning | None = None,
        stream: bool | None = None,
        temperature: float | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("forward_transcript", forward_transcript)
        _setattr("instructions", instructions)
        _setattr("max_completion_tokens", max_completion_tokens)
        _setattr("model", model)
        _setattr("name", name)
        _setattr("reasoning", reasoning)
        _setattr("stream", stream)
        _setattr("temperature", temperature)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"forward_transcript={self.forward_transcript!r}, "
            f"instructions={self.instructions!r}, "
            f"max_completion_tokens={self.max_completion_tokens!r}, "
            f"model={self.model!r}, "
            f"name={self.name!r}, "
            f"reasoning={self.reasoning!r}, "
            f"stream={self.stream!r}, "
            f"temperature={self.temperature!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.forward_transcript,
            self.instructions,
            self.max_completion_tokens,
            self.model,
            self.name,
            self.reasoning,
            self.stream,
            self.temperature,
            self.extra_fields,
        ) == (
            other.forward_transcript,
            other.instructions,
            other.max_completion_tokens,
            other.model,
            other.name,
            other.reasoning,
            other.stream,
            other.temperature,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AdvisorServerToolConfig",
                self.forward_transcript,
                self.instructions,
                self.max_completion_tokens,
                self.model,
                self.name,
                self.reasoning,
                self.stream,
                self.temperature,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
