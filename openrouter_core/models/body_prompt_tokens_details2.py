# Generated from the OpenRouter OpenAPI spec (components/schemas/BodyPromptTokensDetails2) by `python -m codegen`; do not edit.
"""Per-modality token breakdown."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class BodyPromptTokensDetails2:
    """Per-modality token breakdown."""

    audio_tokens: int | None = None
    """Number of audio tokens in the input."""
    file_tokens: int | None = None
    """Number of file/document tokens in the input."""
    image_tokens: int | None = None
    """Number of image tokens in the input."""
    text_tokens: int | None = None
    """Number of text tokens in the input."""
    video_tokens: int | None = None
    """Number of video tokens in the input."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
