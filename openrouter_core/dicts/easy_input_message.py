# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.easy_input_message` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.input_audio import InputAudioDict
    from openrouter_core.dicts.input_file import InputFileDict
    from openrouter_core.dicts.input_text import InputTextDict
    from openrouter_core.dicts.input_video import InputVideoDict

__all__ = [
    "EasyInputMessageContentDict",
    "EasyInputMessageContentItemDict",
    "EasyInputMessageContentItemVariant2Dict",
    "EasyInputMessageDict",
]


class EasyInputMessageDict(TypedDict, total=False):
    """The dict form of :class:`EasyInputMessage`."""

    content: EasyInputMessageContentDict | None
    phase: Literal["commentary"] | str | None
    role: Required[Literal["user"]]
    type: Literal["message"]


EasyInputMessageContentDict: TypeAlias = "list[EasyInputMessageContentItemDict] | str"


EasyInputMessageContentItemDict: TypeAlias = "InputTextDict | EasyInputMessageContentItemVariant2Dict | InputFileDict | InputAudioDict | InputVideoDict"


class EasyInputMessageContentItemVariant2Dict(TypedDict, total=False):
    """The dict form of :class:`EasyInputMessageContentItemVariant2`."""

    detail: Required[Literal["auto", "high", "low", "original"] | str]
    image_url: str | None
    type: Required[Literal["input_image"]]
