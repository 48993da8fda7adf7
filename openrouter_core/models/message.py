# Generated from the OpenRouter OpenAPI spec (components/schemas/Message) by `python -m codegen`; do not edit.
"""The ``Message`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core._unset import UNSET, Unset
from openrouter_core.models.annotation_file import AnnotationFile
from openrouter_core.models.annotation_url_citation import AnnotationURLCitation
from openrouter_core.models.annotation_web_search_citation import AnnotationWebSearchCitation
from openrouter_core.models.reasoning_detail_encrypted import ReasoningDetailEncrypted
from openrouter_core.models.reasoning_detail_server_tool_call import ReasoningDetailServerToolCall
from openrouter_core.models.reasoning_detail_summary import ReasoningDetailSummary
from openrouter_core.models.reasoning_detail_text import ReasoningDetailText
from openrouter_core.models.unknown_annotation import UnknownAnnotation
from openrouter_core.models.unknown_reasoning_detail import UnknownReasoningDetail

if TYPE_CHECKING:
    from openrouter_core.models.image import Image
    from openrouter_core.models.tool_call import ToolCall

MessageAnnotations: TypeAlias = (
    AnnotationFile
    | AnnotationURLCitation
    | AnnotationWebSearchCitation
    | UnknownAnnotation
    | dict[str, Any]
)
"""The ``annotations`` of a :class:`Message`."""


_MESSAGE_ANNOTATIONS_BY_TYPE: dict[Any, Any] = {
    "UNKNOWN": UnknownAnnotation,
    "file": AnnotationFile,
    "url_citation": AnnotationURLCitation,
    "web_search_citation": AnnotationWebSearchCitation,
}


def _choose_message_annotations(data: Any) -> Any:
    """The member of :data:`MessageAnnotations` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _MESSAGE_ANNOTATIONS_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"MessageAnnotations: expected an object, got {type(data).__name__}")


register_union(MessageAnnotations, _choose_message_annotations)


MessageReasoningDetails: TypeAlias = (
    ReasoningDetailSummary
    | ReasoningDetailEncrypted
    | ReasoningDetailText
    | ReasoningDetailServerToolCall
    | UnknownReasoningDetail
    | dict[str, Any]
)
"""The ``reasoning_details`` of a :class:`Message`."""


_MESSAGE_REASONING_DETAILS_BY_TYPE: dict[Any, Any] = {
    "UNKNOWN": UnknownReasoningDetail,
    "reasoning.encrypted": ReasoningDetailEncrypted,
    "reasoning.server_tool_call": ReasoningDetailServerToolCall,
    "reasoning.summary": ReasoningDetailSummary,
    "reasoning.text": ReasoningDetailText,
}


def _choose_message_reasoning_details(data: Any) -> Any:
    """The member of :data:`MessageReasoningDetails` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _MESSAGE_REASONING_DETAILS_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"MessageReasoningDetails: expected an object, got {type(data).__name__}")


register_union(MessageReasoningDetails, _choose_message_reasoning_details)


@attrs.frozen(kw_only=True)
class Message:
    """The ``Message`` object."""

    content: str | None
    refusal: str | None
    role: str = "assistant"
    annotations: list[MessageAnnotations] | None = None
    images: list[Image] | Unset | None = UNSET
    reasoning: str | Unset | None = UNSET
    reasoning_details: list[MessageReasoningDetails | None] | Unset | None = UNSET
    tool_calls: list[ToolCall] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        content: str | None,
        refusal: str | None,
        role: str = "assistant",
        annotations: list[MessageAnnotations] | None = None,
        images: list[Image] | Unset | None = UNSET,
        reasoning: str | Unset | None = UNSET,
        reasoning_details: list[MessageReasoningDetails | None] | Unset | None = UNSET,
        tool_calls: list[ToolCall] | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("content", content)
        _setattr("refusal", refusal)
        _setattr("role", role)
        _setattr("annotations", annotations)
        _setattr("images", images)
        _setattr("reasoning", reasoning)
        _setattr("reasoning_details", reasoning_details)
        _setattr("tool_calls", tool_calls)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"content={self.content!r}, "
            f"refusal={self.refusal!r}, "
            f"role={self.role!r}, "
            f"annotations={self.annotations!r}, "
            f"images={self.images!r}, "
            f"reasoning={self.reasoning!r}, "
            f"reasoning_details={self.reasoning_details!r}, "
            f"tool_calls={self.tool_calls!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.content,
            self.refusal,
            self.role,
            self.annotations,
            self.images,
            self.reasoning,
            self.reasoning_details,
            self.tool_calls,
            self.extra_fields,
        ) == (
            other.content,
            other.refusal,
            other.role,
            other.annotations,
            other.images,
            other.reasoning,
            other.reasoning_details,
            other.tool_calls,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "Message",
                self.content,
                self.refusal,
                self.role,
                self.annotations,
                self.images,
                self.reasoning,
                self.reasoning_details,
                self.tool_calls,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
