# Generated from the OpenRouter OpenAPI spec (components/schemas/ImageGenerationResponse) by `python -m codegen`; do not edit.
"""Image generation response."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.image_generation_usage import ImageGenerationUsage


@attrs.frozen(kw_only=True)
class ImageGenerationResponseData:
    """Generated images."""

    b64_json: str
    """Base64-encoded image bytes."""
    media_type: str | None = None
    """Media type (MIME type) of the image, e.g. `image/png`, `image/jpeg`, `image/webp`,
    `image/svg+xml`.
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        b64_json: str,
        media_type: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("b64_json", b64_json)
        _setattr("media_type", media_type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"b64_json={self.b64_json!r}, "
            f"media_type={self.media_type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.b64_json, self.media_type, self.extra_fields) == (
            other.b64_json,
            other.media_type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("ImageGenerationResponseData", self.b64_json, self.media_type, self.extra_fields)
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class ImageGenerationResponse:
    """Image generation response."""

    created: int
    """Unix timestamp (seconds) when the image was generated."""
    data: list[ImageGenerationResponseData]
    """Generated images."""
    usage: ImageGenerationUsage | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        created: int,
        data: list[ImageGenerationResponseData],
        usage: ImageGenerationUsage | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("created", created)
        _setattr("data", data)
        _setattr("usage", usage)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"created={self.created!r}, "
            f"data={self.data!r}, "
            f"usage={self.usage!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.created, self.data, self.usage, self.extra_fields) == (
            other.created,
            other.data,
            other.usage,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("ImageGenerationResponse", self.created, self.data, self.usage, self.extra_fields)
        )

    # --- end of attrs methods ---
