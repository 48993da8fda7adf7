# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputModality) by `python -m codegen`; do not edit.
"""Known values of ``OutputModality``."""

from __future__ import annotations

from typing import Final


class OutputModality:
    """Known values of ``OutputModality``.

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
