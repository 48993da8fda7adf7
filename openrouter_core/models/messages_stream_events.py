# Generated from the OpenRouter OpenAPI spec (components/schemas/MessagesStreamEvents) by `python -m codegen`; do not edit.
"""Union of all possible streaming events."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.messages_content_block_delta_event import MessagesContentBlockDeltaEvent
from openrouter_core.models.messages_content_block_start_event import MessagesContentBlockStartEvent
from openrouter_core.models.messages_content_block_stop_event import MessagesContentBlockStopEvent
from openrouter_core.models.messages_delta_event import MessagesDeltaEvent
from openrouter_core.models.messages_error_event import MessagesErrorEvent
from openrouter_core.models.messages_ping_event import MessagesPingEvent
from openrouter_core.models.messages_start_event import MessagesStartEvent
from openrouter_core.models.messages_stop_event import MessagesStopEvent

MessagesStreamEvents: TypeAlias = (
    MessagesStartEvent
    | MessagesDeltaEvent
    | MessagesStopEvent
    | MessagesContentBlockStartEvent
    | MessagesContentBlockDeltaEvent
    | MessagesContentBlockStopEvent
    | MessagesPingEvent
    | MessagesErrorEvent
    | dict[str, Any]
)
"""Union of all possible streaming events."""


_MESSAGES_STREAM_EVENTS_BY_TYPE: dict[Any, Any] = {
    "content_block_delta": MessagesContentBlockDeltaEvent,
    "content_block_start": MessagesContentBlockStartEvent,
    "content_block_stop": MessagesContentBlockStopEvent,
    "error": MessagesErrorEvent,
    "message_delta": MessagesDeltaEvent,
    "message_start": MessagesStartEvent,
    "message_stop": MessagesStopEvent,
    "ping": MessagesPingEvent,
}


def _choose_messages_stream_events(data: Any) -> Any:
    """The member of :data:`MessagesStreamEvents` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _MESSAGES_STREAM_EVENTS_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"MessagesStreamEvents: expected an object, got {type(data).__name__}")


register_union(MessagesStreamEvents, _choose_messages_stream_events)
