# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatAssistantMessage) by `python -m codegen`; do not edit.
"""Assistant message for requests and responses."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core._unset import UNSET, Unset
from openrouter_core.models.chat_content_items import ChatContentItems

if TYPE_CHECKING:
    from openrouter_core.models.chat_assistant_images import ChatAssistantImagesItem
    from openrouter_core.models.chat_audio_output import ChatAudioOutput
    from openrouter_core.models.chat_message_annotation import ChatMessageAnnotation
    from openrouter_core.models.chat_tool_call import ChatToolCall
    from openrouter_core.models.reasoning_detail_union import ReasoningDetailUnion

ChatAssistantMessageContent: TypeAlias = str | list[ChatContentItems]
"""Assistant message content."""


def _choose_chat_assistant_message_content(data: Any) -> Any:
    """The member of :data:`ChatAssistantMessageContent` that ``data`` is, by its JSON type."""
    if isinstance(data, str):
        return str
    if isinstance(data, list):
        return list[ChatContentItems]
    raise TypeError(
        f"ChatAssistantMessageContent: expected a string or an array, got {type(data).__name__}"
    )


register_union(ChatAssistantMessageContent, _choose_chat_assistant_message_content)


@attrs.frozen(kw_only=True)
class ChatAssistantMessage:
    """Assistant message for requests and responses."""

    audio: ChatAudioOutput | None = None
    content: ChatAssistantMessageContent | Unset | None = UNSET
    """Assistant message content."""
    images: list[ChatAssistantImagesItem] | None = None
    """Generated images from image generation models."""
    model: str | None = None
    """Model that generated this assistant message."""
    name: str | None = None
    """Optional name for the assistant."""
    reasoning: str | Unset | None = UNSET
    """Reasoning output."""
    reasoning_details: list[ReasoningDetailUnion] | None = None
    """Reasoning details for extended thinking models."""
    refusal: str | Unset | None = UNSET
    """Refusal message if content was refused."""
    role: str = "assistant"
    tool_calls: list[ChatToolCall] | None = None
    """Tool calls made by the assistant."""
    annotations: list[ChatMessageAnnotation] | None = None
    """Citations and parsed files (web search, file inputs)."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        audio: ChatAudioOutput | None = None,
        content: ChatAssistantMessageContent | Unset | None = UNSET,
        images: list[ChatAssistantImagesItem] | None = None,
        model: str | None = None,
        name: str | None = None,
        reasoning: str | Unset | None = UNSET,
        reasoning_details: list[ReasoningDetailUnion] | None = None,
        refusal: str | Unset | None = UNSET,
        role: str = "assistant",
        tool_calls: list[ChatToolCall] | None = None,
        annotations: list[ChatMessageAnnotation] | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("audio", audio)
        _setattr("content", content)
        _setattr("images", images)
        _setattr("model", model)
        _setattr("name", name)
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
            f"images={self.images!r}, "
            f"model={self.model!r}, "
            f"name={self.name!r}, "
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
            self.images,
            self.model,
            self.name,
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
            other.images,
            other.model,
            other.name,
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
                "ChatAssistantMessage",
                self.audio,
                self.content,
                self.images,
                self.model,
                self.name,
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
