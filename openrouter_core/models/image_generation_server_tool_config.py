# Generated from the OpenRouter OpenAPI spec (components/schemas/ImageGenerationServerToolConfig) by `python -m codegen`; do not edit.
"""Configuration for the openrouter:image_generation server tool."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ImageGenerationServerToolConfig:
    """Configuration for the openrouter:image_generation server tool."""

    model: str | None = None
    """Which image generation model to use (e.g. "openai/gpt-5-image")."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
