# Generated from the OpenRouter OpenAPI spec (components/schemas/AnnotationAddedEvent) by `python -m codegen`; do not edit.
"""Event emitted when a text annotation is added to output."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.openai_responses_annotation import OpenAIResponsesAnnotation


@attrs.frozen(kw_only=True)
class AnnotationAddedEvent:
    """Event emitted when a text annotation is added to output."""

    annotation: OpenAIResponsesAnnotation
    annotation_index: int
    content_index: int
    item_id: str
    output_index: int
    sequence_number: int
    type: str = "response.output_text.annotation.added"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
