# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.image_generation_server_tool` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ImageGenerationServerToolDict",
    "ImageGenerationServerToolInputImageMaskDict",
]


class ImageGenerationServerToolDict(TypedDict, total=False):
    """The dict form of :class:`ImageGenerationServerTool`."""

    background: Literal["transparent", "opaque", "auto"] | str | None
    input_fidelity: Literal["high", "low"] | str | None
    input_image_mask: ImageGenerationServerToolInputImageMaskDict | None
    model: str | None
    moderation: Literal["auto", "low"] | str | None
    output_compression: int | None
    output_format: Literal["png", "webp", "jpeg"] | str | None
    partial_images: int | None
    quality: Literal["low", "medium", "high", "auto"] | str | None
    size: str | None
    type: Required[Literal["image_generation"]]


class ImageGenerationServerToolInputImageMaskDict(TypedDict, total=False):
    """The dict form of :class:`ImageGenerationServerToolInputImageMask`."""

    file_id: str | None
    image_url: str | None
