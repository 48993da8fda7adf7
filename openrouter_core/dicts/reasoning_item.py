# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.reasoning_item` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.reasoning_summary_text import ReasoningSummaryTextDict
    from openrouter_core.dicts.reasoning_text_content import ReasoningTextContentDict

__all__ = [
    "ReasoningItemDict",
]


class ReasoningItemDict(TypedDict, total=False):
    """The dict form of :class:`ReasoningItem`."""

    content: list[ReasoningTextContentDict] | None
    encrypted_content: str | None
    id: Required[str]
    status: Literal["completed"]
    summary: Required[list[ReasoningSummaryTextDict]]
    type: Required[Literal["reasoning"]]
    format: (
        Literal[
            "unknown",
            "openai-responses-v1",
            "azure-openai-responses-v1",
            "bedrock-openai-responses-v1",
            "bedrock-xai-responses-v1",
            "xai-responses-v1",
            "meta-responses-v1",
            "anthropic-claude-v1",
            "google-gemini-v1",
        ]
        | str
        | None
    )
    signature: str | None
