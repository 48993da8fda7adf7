# Generated from the OpenRouter OpenAPI spec (components/schemas/ImageGenerationStatus) by `python -m codegen`; do not edit.
"""Known values of ``ImageGenerationStatus``."""

from __future__ import annotations

from typing import Final


class ImageGenerationStatus:
    """Known values of ``ImageGenerationStatus``.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    IN_PROGRESS: Final = "in_progress"
    COMPLETED: Final = "completed"
    GENERATING: Final = "generating"
    FAILED: Final = "failed"
