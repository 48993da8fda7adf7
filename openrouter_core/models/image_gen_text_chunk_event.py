# Generated from the OpenRouter OpenAPI spec (components/schemas/ImageGenTextChunkEvent) by `python -m codegen`; do not edit.
"""Emitted when a text chunk becomes available during streaming generation of text-based formats
(e.g. SVG).
"""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ImageGenTextChunkEvent:
    """Emitted when a text chunk becomes available during streaming generation of text-based formats
    (e.g. SVG).
    """

    phase: str
    """The generation phase this chunk belongs to. Known values: ``"content"``, ``"reasoning"``,
    ``"draft"``.
    """
    text: str
    """A text fragment of the image being generated (e.g. partial SVG markup)."""
    type: str = "image_generation.text_chunk"
    """The event type."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
