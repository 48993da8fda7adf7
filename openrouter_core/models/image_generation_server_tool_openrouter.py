# Generated from the OpenRouter OpenAPI spec (components/schemas/ImageGenerationServerTool_OpenRouter) by `python -m codegen`; do not edit.
"""OpenRouter built-in server tool: generates images from text prompts using an image generation
model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.image_generation_server_tool_config import (
        ImageGenerationServerToolConfig,
    )


@attrs.frozen(kw_only=True)
class ImageGenerationServerToolOpenRouter:
    """OpenRouter built-in server tool: generates images from text prompts using an image generation
    model.
    """

    parameters: ImageGenerationServerToolConfig | None = None
    type: str = "openrouter:image_generation"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
