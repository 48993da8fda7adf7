# Generated from the OpenRouter OpenAPI spec (components/schemas/ORAnthropicStopReason) by `python -m codegen`; do not edit.
"""Known values of ``ORAnthropicStopReason``."""

from __future__ import annotations

from typing import Final


class ORAnthropicStopReason:
    """Known values of ``ORAnthropicStopReason``.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    END_TURN: Final = "end_turn"
    MAX_TOKENS: Final = "max_tokens"
    MODEL_CONTEXT_WINDOW_EXCEEDED: Final = "model_context_window_exceeded"
    STOP_SEQUENCE: Final = "stop_sequence"
    TOOL_USE: Final = "tool_use"
    PAUSE_TURN: Final = "pause_turn"
    REFUSAL: Final = "refusal"
    COMPACTION: Final = "compaction"
