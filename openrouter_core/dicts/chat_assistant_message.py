# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.chat_assistant_message` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.chat_assistant_images import ChatAssistantImagesItemDict
    from openrouter_core.dicts.chat_audio_output import ChatAudioOutputDict
    from openrouter_core.dicts.chat_content_items import ChatContentItemsDict
    from openrouter_core.dicts.chat_message_annotation import ChatMessageAnnotationDict
    from openrouter_core.dicts.chat_tool_call import ChatToolCallDict
    from openrouter_core.dicts.reasoning_detail_union import ReasoningDetailUnionDict

__all__ = [
    "ChatAssistantMessageContentDict",
    "ChatAssistantMessageDict",
]


class ChatAssistantMessageDict(TypedDict, total=False):
    """The dict form of :class:`ChatAssistantMessage`."""

    audio: ChatAudioOutputDict | None
    content: ChatAssistantMessageContentDict | None
    images: list[ChatAssistantImagesItemDict] | None
    model: str | None
    name: str | None
    reasoning: str | None
    reasoning_details: list[ReasoningDetailUnionDict] | None
    refusal: str | None
    role: Required[Literal["assistant"]]
    tool_calls: list[ChatToolCallDict] | None
    annotations: list[ChatMessageAnnotationDict] | None


ChatAssistantMessageContentDict: TypeAlias = "str | list[ChatContentItemsDict]"
