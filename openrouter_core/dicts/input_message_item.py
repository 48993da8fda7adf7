# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.input_message_item` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.input_audio import InputAudioDict
    from openrouter_core.dicts.input_file import InputFileDict
    from openrouter_core.dicts.input_text import InputTextDict
    from openrouter_core.dicts.input_video import InputVideoDict

__all__ = [
    "InputMessageItemContentDict",
    "InputMessageItemContentVariant2Dict",
    "InputMessageItemDict",
]


class InputMessageItemDict(TypedDict, total=False):
    """The dict form of :class:`InputMessageItem`."""

    content: list[InputMessageItemContentDict] | None
    id: str | None
    role: Required[Literal["user"]]
    type: Literal["message"]


InputMessageItemContentDict: TypeAlias = "InputTextDict | InputMessageItemContentVariant2Dict | InputFileDict | InputAudioDict | InputVideoDict"


class InputMessageItemContentVariant2Dict(TypedDict, total=False):
    """The dict form of :class:`InputMessageItemContentVariant2`."""

    detail: Required[Literal["auto", "high", "low", "original"] | str]
    image_url: str | None
    type: Required[Literal["input_image"]]
