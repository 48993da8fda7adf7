# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.content_part_audio` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ContentPartAudioAudioUrlDict",
    "ContentPartAudioDict",
]


class ContentPartAudioDict(TypedDict, total=False):
    """The dict form of :class:`ContentPartAudio`."""

    audio_url: Required[ContentPartAudioAudioUrlDict]
    type: Required[Literal["audio_url"]]


class ContentPartAudioAudioUrlDict(TypedDict, total=False):
    """The dict form of :class:`ContentPartAudioAudioUrl`."""

    url: Required[str]
