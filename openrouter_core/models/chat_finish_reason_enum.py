# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatFinishReasonEnum) by `python -m codegen`; do not edit.
"""Known values of ``ChatFinishReasonEnum``."""

from __future__ import annotations

from typing import Final


class ChatFinishReasonEnum:
    """Known values of ``ChatFinishReasonEnum``.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    TOOL_CALLS: Final = "tool_calls"
    STOP: Final = "stop"
    LENGTH: Final = "length"
    CONTENT_FILTER: Final = "content_filter"
    ERROR: Final = "error"
