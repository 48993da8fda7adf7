# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatAudioOutput) by `python -m codegen`; do not edit.
"""Audio output data or reference."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ChatAudioOutput:
    """Audio output data or reference."""

    data: str | None = None
    """Base64 encoded audio data."""
    expires_at: int | None = None
    """Audio expiration timestamp."""
    id: str | None = None
    """Audio output identifier."""
    transcript: str | None = None
    """Audio transcript."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
