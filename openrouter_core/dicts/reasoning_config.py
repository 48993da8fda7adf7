# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.reasoning_config` (keys as sent on the wire)."""

from __future__ import annotations

from typing import Literal, TypedDict

__all__ = [
    "ReasoningConfigDict",
]


class ReasoningConfigDict(TypedDict, total=False):
    """The dict form of :class:`ReasoningConfig`."""

    context: Literal["auto", "all_turns", "current_turn"] | str | None
    effort: Literal["max", "xhigh", "high", "medium", "low", "minimal", "none"] | str | None
    mode: Literal["standard", "pro"] | str | None
    summary: Literal["auto", "concise", "detailed"] | str | None
    enabled: bool | None
    max_tokens: int | None
