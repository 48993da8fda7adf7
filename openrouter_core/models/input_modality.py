# Generated from the OpenRouter OpenAPI spec (components/schemas/InputModality) by `python -m codegen`; do not edit.
"""Known values of ``InputModality``."""

from __future__ import annotations

from typing import Final


class InputModality:
    """Known values of ``InputModality``.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    TEXT: Final = "text"
    IMAGE: Final = "image"
    FILE: Final = "file"
    AUDIO: Final = "audio"
    VIDEO: Final = "video"
