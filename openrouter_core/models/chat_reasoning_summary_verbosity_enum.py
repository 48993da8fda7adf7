# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatReasoningSummaryVerbosityEnum) by `python -m codegen`; do not edit.
"""Known values of ``ChatReasoningSummaryVerbosityEnum``."""

from __future__ import annotations

from typing import Final


class ChatReasoningSummaryVerbosityEnum:
    """Known values of ``ChatReasoningSummaryVerbosityEnum``.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    AUTO: Final = "auto"
    CONCISE: Final = "concise"
    DETAILED: Final = "detailed"
