# Generated from the OpenRouter OpenAPI spec (components/schemas/ImageInputModality) by `python -m codegen`; do not edit.
"""Known values of ``ImageInputModality``."""

from __future__ import annotations

from typing import Final


class ImageInputModality:
    """Known values of ``ImageInputModality``.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    TEXT: Final = "text"
    IMAGE: Final = "image"
    FILE: Final = "file"
    AUDIO: Final = "audio"
    VIDEO: Final = "video"
