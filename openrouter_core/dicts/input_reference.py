# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.input_reference` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from openrouter_core.dicts.content_part_audio import ContentPartAudioDict
    from openrouter_core.dicts.content_part_image import ContentPartImageDict
    from openrouter_core.dicts.content_part_video import ContentPartVideoDict

__all__ = [
    "InputReferenceDict",
]

InputReferenceDict: TypeAlias = "ContentPartImageDict | ContentPartAudioDict | ContentPartVideoDict"
