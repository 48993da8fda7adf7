# Generated from the OpenRouter OpenAPI spec (components/schemas/InputMessageItem) by `python -m codegen`; do not edit.
"""The ``InputMessageItem`` object."""

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
class InputMessageItemContentVariant2:
    """Image input content item."""

    detail: str
    """Known values: ``"auto"``, ``"high"``, ``"low"``, ``"original"``."""
    image_url: str | Unset | None = UNSET
    type: str = "input_image"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


InputMessageItemContent: TypeAlias = (
    InputText
    | InputMessageItemContentVariant2
    | InputFile
    | InputAudio
    | InputVideo
    | dict[str, Any]
)
"""The ``content`` of a :class:`InputMessageItem`."""


_INPUT_MESSAGE_ITEM_CONTENT_BY_TYPE: dict[Any, Any] = {
    "input_audio": InputAudio,
    "input_file": InputFile,
    "input_image": InputMessageItemContentVariant2,
    "input_text": InputText,
    "input_video": InputVideo,
}


def _choose_input_message_item_content(data: Any) -> Any:
    """The member of :data:`InputMessageItemContent` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _INPUT_MESSAGE_ITEM_CONTENT_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"InputMessageItemContent: expected an object, got {type(data).__name__}")


register_union(InputMessageItemContent, _choose_input_message_item_content)


@attrs.frozen(kw_only=True)
class InputMessageItem:
    """The ``InputMessageItem`` object."""

    content: list[InputMessageItemContent] | Unset | None = UNSET
    id: str | None = None
    role: str = "user"
    type: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
