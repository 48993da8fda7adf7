# Generated from the OpenRouter OpenAPI spec (components/schemas/ReasoningEffort) by `python -m codegen`; do not edit.
"""Known values of ``ReasoningEffort``."""

from __future__ import annotations

from typing import Final


class ReasoningEffort:
    """Known values of ``ReasoningEffort``.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    MAX: Final = "max"
    XHIGH: Final = "xhigh"
    HIGH: Final = "high"
    MEDIUM: Final = "medium"
    LOW: Final = "low"
    MINIMAL: Final = "minimal"
    NONE: Final = "none"
