# Generated from the OpenRouter OpenAPI spec (components/schemas/InputAudio) by `python -m codegen`; do not edit.
"""Audio input content item."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class InputAudioInputAudio:
    """The ``input_audio`` of a :class:`InputAudio`."""

    data: str
    format: str
    """Known values: ``"mp3"``, ``"wav"``."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class InputAudio:
    """Audio input content item."""

    input_audio: InputAudioInputAudio
    type: str = "input_audio"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
