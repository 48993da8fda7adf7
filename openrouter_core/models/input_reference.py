# Generated from the OpenRouter OpenAPI spec (components/schemas/InputReference) by `python -m codegen`; do not edit.
"""A reference asset used to guide video generation."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.content_part_audio import ContentPartAudio
from openrouter_core.models.content_part_image import ContentPartImage
from openrouter_core.models.content_part_video import ContentPartVideo

InputReference: TypeAlias = ContentPartImage | ContentPartAudio | ContentPartVideo | dict[str, Any]
"""A reference asset used to guide video generation."""


_INPUT_REFERENCE_BY_TYPE: dict[Any, Any] = {
    "audio_url": ContentPartAudio,
    "image_url": ContentPartImage,
    "video_url": ContentPartVideo,
}


def _choose_input_reference(data: Any) -> Any:
    """The member of :data:`InputReference` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _INPUT_REFERENCE_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"InputReference: expected an object, got {type(data).__name__}")


register_union(InputReference, _choose_input_reference)
