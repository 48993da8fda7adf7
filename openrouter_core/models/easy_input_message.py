# Generated from the OpenRouter OpenAPI spec (components/schemas/EasyInputMessage) by `python -m codegen`; do not edit.
"""The ``EasyInputMessage`` object."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        detail: str,
        image_url: str | Unset | None = UNSET,
        type: str = "input_image",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("detail", detail)
        _setattr("image_url", image_url)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"detail={self.detail!r}, "
            f"image_url={self.image_url!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.detail, self.image_url, self.type, self.extra_fields) == (
            other.detail,
            other.image_url,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "EasyInputMessageContentItemVariant2",
                self.detail,
                self.image_url,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        content: EasyInputMessageContent | Unset | None = UNSET,
        phase: str | Unset | None = UNSET,
        role: str = "user",
        type: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("content", content)
        _setattr("phase", phase)
        _setattr("role", role)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"content={self.content!r}, "
            f"phase={self.phase!r}, "
            f"role={self.role!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.content, self.phase, self.role, self.type, self.extra_fields) == (
            other.content,
            other.phase,
            other.role,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("EasyInputMessage", self.content, self.phase, self.role, self.type, self.extra_fields)
        )

    # --- end of attrs methods ---
