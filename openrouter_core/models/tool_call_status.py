# Generated from the OpenRouter OpenAPI spec (components/schemas/ToolCallStatus) by `python -m codegen`; do not edit.
"""Known values of ``ToolCallStatus``."""

from __future__ import annotations

from typing import Final


class ToolCallStatus:
    """Known values of ``ToolCallStatus``.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    IN_PROGRESS: Final = "in_progress"
    COMPLETED: Final = "completed"
    INCOMPLETE: Final = "incomplete"
