# Generated from the OpenRouter OpenAPI spec (components/schemas/BaseContentPartAddedEvent) by `python -m codegen`; do not edit.
"""Event emitted when a new content part is added to an output item."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._converter import register_union
from openrouter_core.models.openai_responses_refusal_content import OpenAIResponsesRefusalContent
from openrouter_core.models.response_output_text import ResponseOutputText

BaseContentPartAddedEventPart: TypeAlias = (
    ResponseOutputText | OpenAIResponsesRefusalContent | dict[str, Any]
)
"""The ``part`` of a :class:`BaseContentPartAddedEvent`."""


_BASE_CONTENT_PART_ADDED_EVENT_PART_BY_TYPE: dict[Any, Any] = {
    "output_text": ResponseOutputText,
    "refusal": OpenAIResponsesRefusalContent,
}


def _choose_base_content_part_added_event_part(data: Any) -> Any:
    """The member of :data:`BaseContentPartAddedEventPart` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _BASE_CONTENT_PART_ADDED_EVENT_PART_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"BaseContentPartAddedEventPart: expected an object, got {type(data).__name__}")


register_union(BaseContentPartAddedEventPart, _choose_base_content_part_added_event_part)


@attrs.frozen(kw_only=True)
class BaseContentPartAddedEvent:
    """Event emitted when a new content part is added to an output item."""

    content_index: int
    item_id: str
    output_index: int
    part: BaseContentPartAddedEventPart
    sequence_number: int
    type: str = "response.content_part.added"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
