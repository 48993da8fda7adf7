# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.reasoning_detail_server_tool_call` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ReasoningDetailServerToolCallDict",
]


class ReasoningDetailServerToolCallDict(TypedDict, total=False):
    """The dict form of :class:`ReasoningDetailServerToolCall`."""

    arguments: Required[str]
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
    id: str | None
    index: int | None
    result: Required[str]
    tool_call_id: str | None
    tool_name: Required[str]
    type: Required[Literal["reasoning.server_tool_call"]]
