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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        b64_json: str,
        partial_image_index: int,
        type: str = "image_generation.partial_image",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("b64_json", b64_json)
        _setattr("partial_image_index", partial_image_index)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"b64_json={self.b64_json!r}, "
            f"partial_image_index={self.partial_image_index!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.b64_json, self.partial_image_index, self.type, self.extra_fields) == (
            other.b64_json,
            other.partial_image_index,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ImageGenPartialImageEvent",
                self.b64_json,
                self.partial_image_index,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
