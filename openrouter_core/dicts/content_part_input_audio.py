# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.content_part_input_audio` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.multimodal_media import MultimodalMediaDict

__all__ = [
    "ContentPartInputAudioDict",
]


class ContentPartInputAudioDict(TypedDict, total=False):
    """The dict form of :class:`ContentPartInputAudio`."""

    input_audio: Required[MultimodalMediaDict]
    type: Required[Literal["input_audio"]]
