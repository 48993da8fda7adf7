# Generated from the OpenRouter OpenAPI spec (components/schemas/SpeechInputReferenceAudioInput) by `python -m codegen`; do not edit.
"""Reference audio input object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class SpeechInputReferenceAudioInput:
    """Reference audio input object."""

    data: str
    """Base64-encoded reference audio (optionally a data URI)."""
    format: str | None = None
    """Audio format of the reference audio (e.g., wav, mp3)."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
