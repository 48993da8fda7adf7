# Generated from the OpenRouter OpenAPI spec (components/schemas/ImageGenPartialImageEvent) by `python -m codegen`; do not edit.
"""Emitted when a partial image becomes available during streaming generation."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ImageGenPartialImageEvent:
    """Emitted when a partial image becomes available during streaming generation."""

    b64_json: str
    """Base64-encoded partial image data."""
    partial_image_index: int
    """0-based index indicating which partial image this is in the sequence."""
    type: str = "image_generation.partial_image"
    """The event type."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
