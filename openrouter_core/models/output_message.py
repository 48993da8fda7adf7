# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputMessage) by `python -m codegen`; do not edit.
"""The ``OutputMessage`` object."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._converter import register_union
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
