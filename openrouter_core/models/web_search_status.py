# Generated from the OpenRouter OpenAPI spec (components/schemas/WebSearchStatus) by `python -m codegen`; do not edit.
"""Known values of ``WebSearchStatus``."""

from __future__ import annotations

from typing import Final


class WebSearchStatus:
    """Known values of ``WebSearchStatus``.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    COMPLETED: Final = "completed"
    SEARCHING: Final = "searching"
    IN_PROGRESS: Final = "in_progress"
    FAILED: Final = "failed"
