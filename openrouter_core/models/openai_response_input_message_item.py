# Generated from the OpenRouter OpenAPI spec (components/schemas/OpenAIResponseInputMessageItem) by `python -m codegen`; do not edit.
"""The ``OpenAIResponseInputMessageItem`` object."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.input_audio import InputAudio
from openrouter_core.models.input_file import InputFile
from openrouter_core.models.input_image import InputImage
from openrouter_core.models.input_text import InputText

OpenAIResponseInputMessageItemContent: TypeAlias = (
    InputText | InputImage | InputFile | InputAudio | dict[str, Any]
)
"""The ``content`` of a :class:`OpenAIResponseInputMessageItem`."""


_OPENAI_RESPONSE_INPUT_MESSAGE_ITEM_CONTENT_BY_TYPE: dict[Any, Any] = {
    "input_audio": InputAudio,
    "input_file": InputFile,
    "input_image": InputImage,
    "input_text": InputText,
}


def _choose_openai_response_input_message_item_content(data: Any) -> Any:
    """The member of :data:`OpenAIResponseInputMessageItemContent` that ``data`` is, by its
    ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _OPENAI_RESPONSE_INPUT_MESSAGE_ITEM_CONTENT_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"OpenAIResponseInputMessageItemContent: expected an object, got {type(data).__name__}"
    )


register_union(
    OpenAIResponseInputMessageItemContent, _choose_openai_response_input_message_item_content
)


@attrs.frozen(kw_only=True)
class OpenAIResponseInputMessageItem:
    """The ``OpenAIResponseInputMessageItem`` object."""

    content: list[OpenAIResponseInputMessageItemContent]
    id: str
    role: str = "user"
    type: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        content: list[OpenAIResponseInputMessageItemContent],
        id: str,
        role: str = "user",
        type: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("content", content)
        _setattr("id", id)
        _setattr("role", role)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"content={self.content!r}, "
            f"id={self.id!r}, "
            f"role={self.role!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.content, self.id, self.role, self.type, self.extra_fields) == (
            other.content,
            other.id,
            other.role,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OpenAIResponseInputMessageItem",
                self.content,
                self.id,
                self.role,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
