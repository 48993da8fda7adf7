# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.advisor_server_tool_config` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

if TYPE_CHECKING:
    from openrouter_core.dicts.advisor_reasoning import AdvisorReasoningDict

__all__ = [
    "AdvisorServerToolConfigDict",
]


class AdvisorServerToolConfigDict(TypedDict, total=False):
    """The dict form of :class:`AdvisorServerToolConfig`."""

    forward_transcript: bool | None
    instructions: str | None
    max_completion_tokens: int | None
    model: str | None
    name: str | None
    reasoning: AdvisorReasoningDict | None
    stream: bool | None
    temperature: float | None
