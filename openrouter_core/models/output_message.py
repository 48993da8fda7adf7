# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputMessage) by `python -m codegen`; do not edit.
"""The ``OutputMessage`` object."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core._unset import UNSET, Unset
from openrouter_core.models.openai_responses_refusal_content import OpenAIResponsesRefusalContent
from openrouter_core.models.response_output_text import ResponseOutputText

OutputMessageContent: TypeAlias = (
    ResponseOutputText | OpenAIResponsesRefusalContent | dict[str, Any]
)
"""The ``content`` of a :class:`OutputMessage`."""


_OUTPUT_MESSAGE_CONTENT_BY_TYPE: dict[Any, Any] = {
    "output_text": ResponseOutputText,
    "refusal": OpenAIResponsesRefusalContent,
}


def _choose_output_message_content(data: Any) -> Any:
    """The member of :data:`OutputMessageContent` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _OUTPUT_MESSAGE_CONTENT_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"OutputMessageContent: expected an object, got {type(data).__name__}")


register_union(OutputMessageContent, _choose_output_message_content)


@attrs.frozen(kw_only=True)
class OutputMessage:
    """The ``OutputMessage`` object."""

    content: list[OutputMessageContent]
    id: str
    phase: str | Unset | None = UNSET
    """The phase of an assistant message."""
    role: str = "assistant"
    status: str | None = None
    type: str = "message"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        content: list[OutputMessageContent],
        id: str,
        phase: str | Unset | None = UNSET,
        role: str = "assistant",
        status: str | None = None,
        type: str = "message",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("content", content)
        _setattr("id", id)
        _setattr("phase", phase)
        _setattr("role", role)
        _setattr("status", status)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"content={self.content!r}, "
            f"id={self.id!r}, "
            f"phase={self.phase!r}, "
            f"role={self.role!r}, "
            f"status={self.status!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.content,
            self.id,
            self.phase,
            self.role,
            self.status,
            self.type,
            self.extra_fields,
        ) == (
            other.content,
            other.id,
            other.phase,
            other.role,
            other.status,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OutputMessage",
                self.content,
                self.id,
                self.phase,
                self.role,
                self.status,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
