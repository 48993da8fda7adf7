# Generated from the OpenRouter OpenAPI spec (components/schemas/ImageOutputModality) by `python -m codegen`; do not edit.
"""Known values of ``ImageOutputModality``."""

from __future__ import annotations

from typing import Final


class ImageOutputModality:
    """Known values of ``ImageOutputModality``.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    TEXT: Final = "text"
    IMAGE: Final = "image"
    EMBEDDINGS: Final = "embeddings"
    AUDIO: Final = "audio"
    VIDEO: Final = "video"
    RERANK: Final = "rerank"
    SPEECH: Final = "speech"
    TRANSCRIPTION: Final = "transcription"
