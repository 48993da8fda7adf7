# Generated from the OpenRouter OpenAPI spec (components/schemas/ContentPartAddedEvent) by `python -m codegen`; do not edit.
"""Event emitted when a new content part is added to an output item."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        content_index: int,
        item_id: str,
        output_index: int,
        part: ContentPartAddedEventPart,
        sequence_number: int,
        type: str = "response.content_part.added",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("content_index", content_index)
        _setattr("item_id", item_id)
        _setattr("output_index", output_index)
        _setattr("part", part)
        _setattr("sequence_number", sequence_number)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"content_index={self.content_index!r}, "
            f"item_id={self.item_id!r}, "
            f"output_index={self.output_index!r}, "
            f"part={self.part!r}, "
            f"sequence_number={self.sequence_number!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.content_index,
            self.item_id,
            self.output_index,
            self.part,
            self.sequence_number,
            self.type,
            self.extra_fields,
        ) == (
            other.content_index,
            other.item_id,
            other.output_index,
            other.part,
            other.sequence_number,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ContentPartAddedEvent",
                self.content_index,
                self.item_id,
                self.output_index,
                self.part,
                self.sequence_number,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
