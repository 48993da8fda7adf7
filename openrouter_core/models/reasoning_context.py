# Generated from the OpenRouter OpenAPI spec (components/schemas/ReasoningContext) by `python -m codegen`; do not edit.
"""Controls which reasoning is available to the model."""

from __future__ import annotations

from typing import Final


class ReasoningContext:
    """Controls which reasoning is available to the model.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    AUTO: Final = "auto"
    ALL_TURNS: Final = "all_turns"
    CURRENT_TURN: Final = "current_turn"
