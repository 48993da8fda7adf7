# Generated from the OpenRouter OpenAPI spec (components/schemas/ImageGenCompletedEvent) by `python -m codegen`; do not edit.
"""Emitted when generation completes and the final image is available."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.image_generation_usage import ImageGenerationUsage


@attrs.frozen(kw_only=True)
class ImageGenCompletedEvent:
    """Emitted when generation completes and the final image is available."""

    b64_json: str
    """Base64-encoded final image data."""
    created: int
    """Unix timestamp (seconds) when the image was generated."""
    media_type: str | None = None
    """Media type (MIME type) of the image, e.g. `image/png`, `image/jpeg`, `image/webp`,
    `image/svg+xml`.
    """
    type: str = "image_generation.completed"
    """The event type."""
    usage: ImageGenerationUsage | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        b64_json: str,
        created: int,
        media_type: str | None = None,
        type: str = "image_generation.completed",
        usage: ImageGenerationUsage | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("b64_json", b64_json)
        _setattr("created", created)
        _setattr("media_type", media_type)
        _setattr("type", type)
        _setattr("usage", usage)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"b64_json={self.b64_json!r}, "
            f"created={self.created!r}, "
            f"media_type={self.media_type!r}, "
            f"type={self.type!r}, "
            f"usage={self.usage!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.b64_json,
            self.created,
            self.media_type,
            self.type,
            self.usage,
            self.extra_fields,
        ) == (
            other.b64_json,
            other.created,
            other.media_type,
            other.type,
            other.usage,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ImageGenCompletedEvent",
                self.b64_json,
                self.created,
                self.media_type,
                self.type,
                self.usage,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
