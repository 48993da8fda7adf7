# Generated from the OpenRouter OpenAPI spec (components/schemas/ContentPartAudio) by `python -m codegen`; do not edit.
"""The ``ContentPartAudio`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ContentPartAudioAudioUrl:
    """The ``audio_url`` of a :class:`ContentPartAudio`."""

    url: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class ContentPartAudio:
    """The ``ContentPartAudio`` object."""

    audio_url: ContentPartAudioAudioUrl
    type: str = "audio_url"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
