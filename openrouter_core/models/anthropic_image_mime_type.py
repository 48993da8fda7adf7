# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicImageMimeType) by `python -m codegen`; do not edit.
"""Known values of ``AnthropicImageMimeType``."""

from __future__ import annotations

from typing import Final


class AnthropicImageMimeType:
    """Known values of ``AnthropicImageMimeType``.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    IMAGE_JPEG: Final = "image/jpeg"
    IMAGE_PNG: Final = "image/png"
    IMAGE_GIF: Final = "image/gif"
    IMAGE_WEBP: Final = "image/webp"
