# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatAssistantMessage) by `python -m codegen`; do not edit.
"""Assistant message for requests and responses."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from openrouter_core._converter import register_union
from openrouter_core._unset import UNSET, Unset
from openrouter_core.models.chat_content_items import ChatContentItems

if TYPE_CHECKING:
    from openrouter_core.models.chat_assistant_images import ChatAssistantImagesItem
    from openrouter_core.models.chat_audio_output import ChatAudioOutput
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
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
