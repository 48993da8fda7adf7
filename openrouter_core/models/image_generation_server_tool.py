# Generated from the OpenRouter OpenAPI spec (components/schemas/ImageGenerationServerTool) by `python -m codegen`; do not edit.
"""Image generation tool configuration."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class ImageGenerationServerToolInputImageMask:
    """The ``input_image_mask`` of a :class:`ImageGenerationServerTool`."""

    file_id: str | None = None
    image_url: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        file_id: str | None = None,
        image_url: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("file_id", file_id)
        _setattr("image_url", image_url)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}(file_id={self.file_id!r}, image_url={self.image_url!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.file_id, self.image_url, self.extra_fields) == (
            other.file_id,
            other.image_url,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ImageGenerationServerToolInputImageMask",
                self.file_id,
                self.image_url,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class ImageGenerationServerTool:
    """Image generation tool configuration."""

    background: str | None = None
    """Known values: ``"transparent"``, ``"opaque"``, ``"auto"``."""
    input_fidelity: str | Unset | None = UNSET
    """Known values: ``"high"``, ``"low"``."""
    input_image_mask: ImageGenerationServerToolInputImageMask | None = None
    model: str | None = None
    moderation: str | None = None
    """Known values: ``"auto"``, ``"low"``."""
    output_compression: int | None = None
    output_format: str | None = None
    """Known values: ``"png"``, ``"webp"``, ``"jpeg"``."""
    partial_images: int | None = None
    quality: str | None = None
    """Known values: ``"low"``, ``"medium"``, ``"high"``, ``"auto"``."""
    size: str | None = None
    type: str = "image_generation"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        background: str | None = None,
        input_fidelity: str | Unset | None = UNSET,
        input_image_mask: ImageGenerationServerToolInputImageMask | None = None,
        model: str | None = None,
        moderation: str | None = None,
        output_compression: int | None = None,
        output_format: str | None = None,
        partial_images: int | None = None,
        quality: str | None = None,
        size: str | None = None,
        type: str = "image_generation",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("background", background)
        _setattr("input_fidelity", input_fidelity)
        _setattr("input_image_mask", input_image_mask)
        _setattr("model", model)
        _setattr("moderation", moderation)
        _setattr("output_compression", output_compression)
        _setattr("output_format", output_format)
        _setattr("partial_images", partial_images)
        _setattr("quality", quality)
        _setattr("size", size)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"background={self.background!r}, "
            f"input_fidelity={self.input_fidelity!r}, "
            f"input_image_mask={self.input_image_mask!r}, "
            f"model={self.model!r}, "
            f"moderation={self.moderation!r}, "
            f"output_compression={self.output_compression!r}, "
            f"output_format={self.output_format!r}, "
            f"partial_images={self.partial_images!r}, "
            f"quality={self.quality!r}, "
            f"size={self.size!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.background,
            self.input_fidelity,
            self.input_image_mask,
            self.model,
            self.moderation,
            self.output_compression,
            self.output_format,
            self.partial_images,
            self.quality,
            self.size,
            self.type,
            self.extra_fields,
        ) == (
            other.background,
            other.input_fidelity,
            other.input_image_mask,
            other.model,
            other.moderation,
            other.output_compression,
            other.output_format,
            other.partial_images,
            other.quality,
            other.size,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ImageGenerationServerTool",
                self.background,
                self.input_fidelity,
                self.input_image_mask,
                self.model,
                self.moderation,
                self.output_compression,
                self.output_format,
                self.partial_images,
                self.quality,
                self.size,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
