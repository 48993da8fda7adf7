# Generated from the OpenRouter OpenAPI spec (components/schemas/ReasoningMode) by `python -m codegen`; do not edit.
"""Selects the reasoning mode."""

from __future__ import annotations

from typing import Final


class ReasoningMode:
    """Selects the reasoning mode.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    STANDARD: Final = "standard"
    PRO: Final = "pro"
