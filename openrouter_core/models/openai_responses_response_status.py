# Generated from the OpenRouter OpenAPI spec (components/schemas/OpenAIResponsesResponseStatus) by `python -m codegen`; do not edit.
"""Known values of ``OpenAIResponsesResponseStatus``."""

from __future__ import annotations

from typing import Final


class OpenAIResponsesResponseStatus:
    """Known values of ``OpenAIResponsesResponseStatus``.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    COMPLETED: Final = "completed"
    INCOMPLETE: Final = "incomplete"
    IN_PROGRESS: Final = "in_progress"
    FAILED: Final = "failed"
    CANCELLED: Final = "cancelled"
    QUEUED: Final = "queued"
