# Generated from the OpenRouter OpenAPI spec (components/schemas/WebSearchMode) by `python -m codegen`; do not edit.
"""Engine-native search mode."""

from __future__ import annotations

from typing import Final


class WebSearchMode:
    """Engine-native search mode.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    INSTANT: Final = "instant"
    FAST: Final = "fast"
    AUTO: Final = "auto"
    DEEP_LITE: Final = "deep-lite"
    DEEP: Final = "deep"
    DEEP_REASONING: Final = "deep-reasoning"
    TURBO: Final = "turbo"
    BASIC: Final = "basic"
    ADVANCED: Final = "advanced"
