# Generated from the OpenRouter OpenAPI spec (components/schemas/ContentPartAddedEvent) by `python -m codegen`; do not edit.
"""Event emitted when a new content part is added to an output item."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._converter import register_union
from openrouter_core.models.openai_responses_refusal_content import OpenAIResponsesRefusalContent
from openrouter_core.models.reasoning_text_content import ReasoningTextContent
from openrouter_core.models.response_output_text import ResponseOutputText

ContentPartAddedEventPart: TypeAlias = (
    ResponseOutputText | ReasoningTextContent | OpenAIResponsesRefusalContent | dict[str, Any]
)
"""The ``part`` of a :class:`ContentPartAddedEvent`."""


_CONTENT_PART_ADDED_EVENT_PART_BY_TYPE: dict[Any, Any] = {
    "output_text": ResponseOutputText,
    "reasoning_text": ReasoningTextContent,
    "refusal": OpenAIResponsesRefusalContent,
}


def _choose_content_part_added_event_part(data: Any) -> Any:
    """The member of :data:`ContentPartAddedEventPart` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _CONTENT_PART_ADDED_EVENT_PART_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"ContentPartAddedEventPart: expected an object, got {type(data).__name__}")


register_union(ContentPartAddedEventPart, _choose_content_part_added_event_part)


@attrs.frozen(kw_only=True)
class ContentPartAddedEvent:
    """Event emitted when a new content part is added to an output item."""

    content_index: int
    item_id: str
    output_index: int
    part: ContentPartAddedEventPart
    sequence_number: int
    type: str = "response.content_part.added"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
