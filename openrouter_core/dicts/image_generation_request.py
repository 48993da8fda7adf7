# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.image_generation_request` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.content_part_image import ContentPartImageDict
    from openrouter_core.dicts.image_generation_provider_preferences import (
        ImageGenerationProviderPreferencesDict,
    )

__all__ = [
    "ImageGenerationRequestDict",
]


class ImageGenerationRequestDict(TypedDict, total=False):
    """The dict form of :class:`ImageGenerationRequest`."""

    aspect_ratio: (
        Literal[
            "1:1",
            "1:2",
            "1:4",
            "1:8",
            "2:1",
            "2:3",
            "3:2",
            "3:4",
            "4:1",
            "4:3",
            "4:5",
            "5:4",
            "8:1",
            "9:16",
            "16:9",
            "9:19.5",
            "19.5:9",
            "9:20",
            "20:9",
            "9:21",
            "21:9",
            "auto",
        ]
        | str
        | None
    )
    background: Literal["auto", "transparent", "opaque"] | str | None
    input_references: list[ContentPartImageDict] | None
    model: Required[str]
    n: int | None
    output_compression: int | None
    output_format: Literal["png", "jpeg", "webp", "svg"] | str | None
    prompt: Required[str]
    provider: ImageGenerationProviderPreferencesDict | None
    quality: Literal["auto", "low", "medium", "high"] | str | None
    resolution: Literal["512", "1K", "2K", "4K"] | str | None
    seed: int | None
    size: str | None
    stream: bool | None
