# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicServiceTier) by `python -m codegen`; do not edit.
"""Known values of ``AnthropicServiceTier``."""

from __future__ import annotations

from typing import Final


class AnthropicServiceTier:
    """Known values of ``AnthropicServiceTier``.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    STANDARD: Final = "standard"
    PRIORITY: Final = "priority"
    BATCH: Final = "batch"
