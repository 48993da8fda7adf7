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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        phase: str,
        text: str,
        type: str = "image_generation.text_chunk",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("phase", phase)
        _setattr("text", text)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"phase={self.phase!r}, "
            f"text={self.text!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.phase, self.text, self.type, self.extra_fields) == (
            other.phase,
            other.text,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("ImageGenTextChunkEvent", self.phase, self.text, self.type, self.extra_fields))

    # --- end of attrs methods ---
