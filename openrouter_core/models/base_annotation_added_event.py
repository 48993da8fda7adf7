# Generated from the OpenRouter OpenAPI spec (components/schemas/BaseAnnotationAddedEvent) by `python -m codegen`; do not edit.
"""Event emitted when a text annotation is added to output."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.openai_responses_annotation import OpenAIResponsesAnnotation


@attrs.frozen(kw_only=True)
class BaseAnnotationAddedEvent:
    """Event emitted when a text annotation is added to output."""

    annotation: OpenAIResponsesAnnotation
    annotation_index: int
    content_index: int
    item_id: str
    output_index: int
    sequence_number: int
    type: str = "response.output_text.annotation.added"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        annotation: OpenAIResponsesAnnotation,
        annotation_index: int,
        content_index: int,
        item_id: str,
        output_index: int,
        sequence_number: int,
        type: str = "response.output_text.annotation.added",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("annotation", annotation)
        _setattr("annotation_index", annotation_index)
        _setattr("content_index", content_index)
        _setattr("item_id", item_id)
        _setattr("output_index", output_index)
        _setattr("sequence_number", sequence_number)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"annotation={self.annotation!r}, "
            f"annotation_index={self.annotation_index!r}, "
            f"content_index={self.content_index!r}, "
            f"item_id={self.item_id!r}, "
            f"output_index={self.output_index!r}, "
            f"sequence_number={self.sequence_number!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.annotation,
            self.annotation_index,
            self.content_index,
            self.item_id,
            self.output_index,
            self.sequence_number,
            self.type,
            self.extra_fields,
        ) == (
            other.annotation,
            other.annotation_index,
            other.content_index,
            other.item_id,
            other.output_index,
            other.sequence_number,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "BaseAnnotationAddedEvent",
                self.annotation,
                self.annotation_index,
                self.content_index,
                self.item_id,
                self.output_index,
                self.sequence_number,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
