# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatStreamDelta) by `python -m codegen`; do not edit.
"""Delta changes in streaming response."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.chat_audio_output import ChatAudioOutput
    from openrouter_core.models.chat_message_annotation import ChatMessageAnnotation
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
    annotations: list[ChatMessageAnnotation] | None = None
    """Citations and parsed files (web search, file inputs)."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        audio: ChatAudioOutput | None = None,
        content: str | Unset | None = UNSET,
        reasoning: str | Unset | None = UNSET,
        reasoning_details: list[ReasoningDetailUnion] | None = None,
        refusal: str | Unset | None = UNSET,
        role: str | None = None,
        tool_calls: list[ChatStreamToolCall] | None = None,
        annotations: list[ChatMessageAnnotation] | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("audio", audio)
        _setattr("content", content)
        _setattr("reasoning", reasoning)
        _setattr("reasoning_details", reasoning_details)
        _setattr("refusal", refusal)
        _setattr("role", role)
        _setattr("tool_calls", tool_calls)
        _setattr("annotations", annotations)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"audio={self.audio!r}, "
            f"content={self.content!r}, "
            f"reasoning={self.reasoning!r}, "
            f"reasoning_details={self.reasoning_details!r}, "
            f"refusal={self.refusal!r}, "
            f"role={self.role!r}, "
            f"tool_calls={self.tool_calls!r}, "
            f"annotations={self.annotations!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.audio,
            self.content,
            self.reasoning,
            self.reasoning_details,
            self.refusal,
            self.role,
            self.tool_calls,
            self.annotations,
            self.extra_fields,
        ) == (
            other.audio,
            other.content,
            other.reasoning,
            other.reasoning_details,
            other.refusal,
            other.role,
            other.tool_calls,
            other.annotations,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ChatStreamDelta",
                self.audio,
                self.content,
                self.reasoning,
                self.reasoning_details,
                self.refusal,
                self.role,
                self.tool_calls,
                self.annotations,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
