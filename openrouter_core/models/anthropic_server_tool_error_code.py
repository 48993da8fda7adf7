# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicServerToolErrorCode) by `python -m codegen`; do not edit.
"""Known values of ``AnthropicServerToolErrorCode``."""

from __future__ import annotations

from typing import Final


class AnthropicServerToolErrorCode:
    """Known values of ``AnthropicServerToolErrorCode``.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    INVALID_TOOL_INPUT: Final = "invalid_tool_input"
    UNAVAILABLE: Final = "unavailable"
    TOO_MANY_REQUESTS: Final = "too_many_requests"
    EXECUTION_TIME_EXCEEDED: Final = "execution_time_exceeded"
