# Generated from the OpenRouter OpenAPI spec (components/schemas/MessagesContentBlockDeltaEvent) by `python -m codegen`; do not edit.
"""Event sent when content is added to a content block."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core._unset import UNSET, Unset
from openrouter_core.models.anthropic_citation_char_location import AnthropicCitationCharLocation
from openrouter_core.models.anthropic_citation_content_block_location import (
    AnthropicCitationContentBlockLocation,
)
from openrouter_core.models.anthropic_citation_page_location import AnthropicCitationPageLocation
from openrouter_core.models.anthropic_citation_search_result_location import (
    AnthropicCitationSearchResultLocation,
)
from openrouter_core.models.anthropic_citation_web_search_result_location import (
    AnthropicCitationWebSearchResultLocation,
)

MessagesContentBlockDeltaEventDeltaCitationsDeltaCitation: TypeAlias = (
    AnthropicCitationCharLocation
    | AnthropicCitationPageLocation
    | AnthropicCitationContentBlockLocation
    | AnthropicCitationWebSearchResultLocation
    | AnthropicCitationSearchResultLocation
    | dict[str, Any]
)
"""The ``citation`` of a :class:`MessagesContentBlockDeltaEventDeltaCitationsDelta`."""


_MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_CITATIONS_DELTA_CITATION_BY_TYPE: dict[Any, Any] = {
    "char_location": AnthropicCitationCharLocation,
    "content_block_location": AnthropicCitationContentBlockLocation,
    "page_location": AnthropicCitationPageLocation,
    "search_result_location": AnthropicCitationSearchResultLocation,
    "web_search_result_location": AnthropicCitationWebSearchResultLocation,
}


def _choose_messages_content_block_delta_event_delta_citations_delta_citation(data: Any) -> Any:
    """The member of :data:`MessagesContentBlockDeltaEventDeltaCitationsDeltaCitation` that ``data``
    is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_CITATIONS_DELTA_CITATION_BY_TYPE.get(
            data.get("type"), dict
        )
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"MessagesContentBlockDeltaEventDeltaCitationsDeltaCitation: expected an object, got {type(data).__name__}"
    )


register_union(
    MessagesContentBlockDeltaEventDeltaCitationsDeltaCitation,
    _choose_messages_content_block_delta_event_delta_citations_delta_citation,
)


@attrs.frozen(kw_only=True)
class MessagesContentBlockDeltaEventDeltaCitationsDelta:
    """One of the shapes of :class:`MessagesContentBlockDeltaEventDelta`."""

    citation: MessagesContentBlockDeltaEventDeltaCitationsDeltaCitation
    type: str = "citations_delta"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        citation: MessagesContentBlockDeltaEventDeltaCitationsDeltaCitation,
        type: str = "citations_delta",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("citation", citation)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(citation={self.citation!r}, type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.citation, self.type, self.extra_fields) == (
            other.citation,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "MessagesContentBlockDeltaEventDeltaCitationsDelta",
                self.citation,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class MessagesContentBlockDeltaEventDeltaCompactionDelta:
    """One of the shapes of :class:`MessagesContentBlockDeltaEventDelta`."""

    content: str | None
    encrypted_content: str | Unset | None = UNSET
    type: str = "compaction_delta"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        content: str | None,
        encrypted_content: str | Unset | None = UNSET,
        type: str = "compaction_delta",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("content", content)
        _setattr("encrypted_content", encrypted_content)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"content={self.content!r}, "
            f"encrypted_content={self.encrypted_content!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.content, self.encrypted_content, self.type, self.extra_fields) == (
            other.content,
            other.encrypted_content,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "MessagesContentBlockDeltaEventDeltaCompactionDelta",
                self.content,
                self.encrypted_content,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class MessagesContentBlockDeltaEventDeltaInputJsonDelta:
    """One of the shapes of :class:`MessagesContentBlockDeltaEventDelta`."""

    partial_json: str
    type: str = "input_json_delta"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        partial_json: str,
        type: str = "input_json_delta",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("partial_json", partial_json)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}(partial_json={self.partial_json!r}, type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.partial_json, self.type, self.extra_fields) == (
            other.partial_json,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "MessagesContentBlockDeltaEventDeltaInputJsonDelta",
                self.partial_json,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class MessagesContentBlockDeltaEventDeltaSignatureDelta:
    """One of the shapes of :class:`MessagesContentBlockDeltaEventDelta`."""

    signature: str
    type: str = "signature_delta"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        signature: str,
        type: str = "signature_delta",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("signature", signature)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(signature={self.signature!r}, type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.signature, self.type, self.extra_fields) == (
            other.signature,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "MessagesContentBlockDeltaEventDeltaSignatureDelta",
                self.signature,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class MessagesContentBlockDeltaEventDeltaTextDelta:
    """One of the shapes of :class:`MessagesContentBlockDeltaEventDelta`."""

    text: str
    type: str = "text_delta"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        text: str,
        type: str = "text_delta",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("text", text)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(text={self.text!r}, type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.text, self.type, self.extra_fields) == (
            other.text,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "MessagesContentBlockDeltaEventDeltaTextDelta",
                self.text,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class MessagesContentBlockDeltaEventDeltaThinkingDelta:
    """One of the shapes of :class:`MessagesContentBlockDeltaEventDelta`."""

    thinking: str
    type: str = "thinking_delta"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        thinking: str,
        type: str = "thinking_delta",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("thinking", thinking)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(thinking={self.thinking!r}, type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.thinking, self.type, self.extra_fields) == (
            other.thinking,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "MessagesContentBlockDeltaEventDeltaThinkingDelta",
                self.thinking,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


MessagesContentBlockDeltaEventDelta: TypeAlias = (
    MessagesContentBlockDeltaEventDeltaTextDelta
    | MessagesContentBlockDeltaEventDeltaInputJsonDelta
    | MessagesContentBlockDeltaEventDeltaThinkingDelta
    | MessagesContentBlockDeltaEventDeltaSignatureDelta
    | MessagesContentBlockDeltaEventDeltaCitationsDelta
    | MessagesContentBlockDeltaEventDeltaCompactionDelta
    | dict[str, Any]
)
"""The ``delta`` of a :class:`MessagesContentBlockDeltaEvent`."""


_MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_BY_TYPE: dict[Any, Any] = {
    "citations_delta": MessagesContentBlockDeltaEventDeltaCitationsDelta,
    "compaction_delta": MessagesContentBlockDeltaEventDeltaCompactionDelta,
    "input_json_delta": MessagesContentBlockDeltaEventDeltaInputJsonDelta,
    "signature_delta": MessagesContentBlockDeltaEventDeltaSignatureDelta,
    "text_delta": MessagesContentBlockDeltaEventDeltaTextDelta,
    "thinking_delta": MessagesContentBlockDeltaEventDeltaThinkingDelta,
}


def _choose_messages_content_block_delta_event_delta(data: Any) -> Any:
    """The member of :data:`MessagesContentBlockDeltaEventDelta` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"MessagesContentBlockDeltaEventDelta: expected an object, got {type(data).__name__}"
    )


register_union(
    MessagesContentBlockDeltaEventDelta, _choose_messages_content_block_delta_event_delta
)


@attrs.frozen(kw_only=True)
class MessagesContentBlockDeltaEvent:
    """Event sent when content is added to a content block."""

    delta: MessagesContentBlockDeltaEventDelta
    index: int
    type: str = "content_block_delta"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        delta: MessagesContentBlockDeltaEventDelta,
        index: int,
        type: str = "content_block_delta",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("delta", delta)
        _setattr("index", index)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"delta={self.delta!r}, "
            f"index={self.index!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.delta, self.index, self.type, self.extra_fields) == (
            other.delta,
            other.index,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("MessagesContentBlockDeltaEvent", self.delta, self.index, self.type, self.extra_fields)
        )

    # --- end of attrs methods ---
