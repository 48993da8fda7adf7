# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicSpeed) by `python -m codegen`; do not edit.
"""Known values of ``AnthropicSpeed``."""

from __future__ import annotations

from typing import Final


class AnthropicSpeed:
    """Known values of ``AnthropicSpeed``.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    FAST: Final = "fast"
    STANDARD: Final = "standard"
