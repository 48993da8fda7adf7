# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.image_generation_server_tool_openrouter` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.image_generation_server_tool_config import (
        ImageGenerationServerToolConfigDict,
    )

__all__ = [
    "ImageGenerationServerToolOpenRouterDict",
]


class ImageGenerationServerToolOpenRouterDict(TypedDict, total=False):
    """The dict form of :class:`ImageGenerationServerToolOpenRouter`."""

    parameters: ImageGenerationServerToolConfigDict | None
    type: Required[Literal["openrouter:image_generation"]]
