# Generated from the OpenRouter OpenAPI spec (components/schemas/EasyInputMessage) by `python -m codegen`; do not edit.
"""The ``EasyInputMessage`` object."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._converter import register_union
from openrouter_core._unset import UNSET, Unset
from openrouter_core.models.input_audio import InputAudio
from openrouter_core.models.input_file import InputFile
from openrouter_core.models.input_text import InputText
from openrouter_core.models.input_video import InputVideo


@attrs.frozen(kw_only=True)
class EasyInputMessageContentItemVariant2:
    """Image input content item."""

    detail: str
    """Known values: ``"auto"``, ``"high"``, ``"low"``, ``"original"``."""
    image_url: str | Unset | None = UNSET
    type: str = "input_image"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


EasyInputMessageContentItem: TypeAlias = (
    InputText
    | EasyInputMessageContentItemVariant2
    | InputFile
    | InputAudio
    | InputVideo
    | dict[str, Any]
)
"""One of the shapes of :class:`EasyInputMessageContent`."""


_EASY_INPUT_MESSAGE_CONTENT_ITEM_BY_TYPE: dict[Any, Any] = {
    "input_audio": InputAudio,
    "input_file": InputFile,
    "input_image": EasyInputMessageContentItemVariant2,
    "input_text": InputText,
    "input_video": InputVideo,
}


def _choose_easy_input_message_content_item(data: Any) -> Any:
    """The member of :data:`EasyInputMessageContentItem` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _EASY_INPUT_MESSAGE_CONTENT_ITEM_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"EasyInputMessageContentItem: expected an object, got {type(data).__name__}")


register_union(EasyInputMessageContentItem, _choose_easy_input_message_content_item)


EasyInputMessageContent: TypeAlias = list[EasyInputMessageContentItem] | str
"""The ``content`` of a :class:`EasyInputMessage`."""


def _choose_easy_input_message_content(data: Any) -> Any:
    """The member of :data:`EasyInputMessageContent` that ``data`` is, by its JSON type."""
    if isinstance(data, str):
        return str
    if isinstance(data, list):
        return list[EasyInputMessageContentItem]
    raise TypeError(
        f"EasyInputMessageContent: expected a string or an array, got {type(data).__name__}"
    )


register_union(EasyInputMessageContent, _choose_easy_input_message_content)


@attrs.frozen(kw_only=True)
class EasyInputMessage:
    """The ``EasyInputMessage`` object."""

    content: EasyInputMessageContent | Unset | None = UNSET
    phase: str | Unset | None = UNSET
    """The phase of an assistant message."""
    role: str = "user"
    type: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
