# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.subagent_reasoning` (keys as sent on the wire)."""

from __future__ import annotations

from typing import Literal, TypedDict

__all__ = [
    "SubagentReasoningDict",
]


class SubagentReasoningDict(TypedDict, total=False):
    """The dict form of :class:`SubagentReasoning`."""

    effort: Literal["max", "xhigh", "high", "medium", "low", "minimal", "none"] | str | None
    max_tokens: int | None
