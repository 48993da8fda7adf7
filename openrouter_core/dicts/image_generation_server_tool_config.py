# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.image_generation_server_tool_config` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TypedDict

__all__ = [
    "ImageGenerationServerToolConfigDict",
]


class ImageGenerationServerToolConfigDict(TypedDict, total=False):
    """The dict form of :class:`ImageGenerationServerToolConfig`."""

    model: str | None
