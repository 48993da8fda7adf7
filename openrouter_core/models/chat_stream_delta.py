# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatStreamDelta) by `python -m codegen`; do not edit.
"""Delta changes in streaming response."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.chat_audio_output import ChatAudioOutput
    from openrouter_core.models.chat_stream_tool_call import ChatStreamToolCall
    from openrouter_core.models.reasoning_detail_union import ReasoningDetailUnion


@attrs.frozen(kw_only=True)
class ChatStreamDelta:
    """Delta changes in streaming response."""

    audio: ChatAudioOutput | None = None
    """Audio output data."""
    content: str | Unset | None = UNSET
    """Message content delta."""
    reasoning: str | Unset | None = UNSET
    """Reasoning content delta."""
    reasoning_details: list[ReasoningDetailUnion] | None = None
    """Reasoning details for extended thinking models."""
    refusal: str | Unset | None = UNSET
    """Refusal message delta."""
    role: str | None = None
    """The role of the message author."""
    tool_calls: list[ChatStreamToolCall] | None = None
    """Tool calls delta."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
