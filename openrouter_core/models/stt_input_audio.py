# Generated from the OpenRouter OpenAPI spec (components/schemas/STTInputAudio) by `python -m codegen`; do not edit.
"""Base64-encoded audio to transcribe."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class STTInputAudio:
    """Base64-encoded audio to transcribe."""

    data: str
    """Base64-encoded audio data (raw bytes, not a data URI)."""
    format: str
    """Audio format (e.g., wav, mp3, flac, m4a, ogg, webm, aac)."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
