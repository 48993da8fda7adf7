# Generated from the OpenRouter OpenAPI spec (components/schemas/ShellCallStatus) by `python -m codegen`; do not edit.
"""Status of a shell call or its output."""

from __future__ import annotations

from typing import Final


class ShellCallStatus:
    """Status of a shell call or its output.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    IN_PROGRESS: Final = "in_progress"
    COMPLETED: Final = "completed"
    INCOMPLETE: Final = "incomplete"
