# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicThinkingDisplay) by `python -m codegen`; do not edit.
"""Known values of ``AnthropicThinkingDisplay``."""

from __future__ import annotations

from typing import Final


class AnthropicThinkingDisplay:
    """Known values of ``AnthropicThinkingDisplay``.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    SUMMARIZED: Final = "summarized"
    OMITTED: Final = "omitted"
