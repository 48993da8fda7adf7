# Generated from the OpenRouter OpenAPI spec (components/schemas/BodyPromptTokensDetails1) by `python -m codegen`; do not edit.
"""Breakdown of tokens used in the prompt."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class BodyPromptTokensDetails1:
    """Breakdown of tokens used in the prompt."""

    audio_tokens: int | Unset | None = UNSET
    """Tokens used for input audio."""
    cache_write_tokens: int | Unset | None = UNSET
    """Tokens written to cache."""
    cached_tokens: int | Unset | None = UNSET
    """Tokens cached by the endpoint."""
    file_tokens: int | Unset | None = UNSET
    """Tokens used for input files/documents."""
    video_tokens: int | Unset | None = UNSET
    """Tokens used for input video."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
