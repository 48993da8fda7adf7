# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicCacheControlTtl) by `python -m codegen`; do not edit.
"""Known values of ``AnthropicCacheControlTtl``."""

from __future__ import annotations

from typing import Final


class AnthropicCacheControlTtl:
    """Known values of ``AnthropicCacheControlTtl``.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    VALUE_5M: Final = "5m"
    VALUE_1H: Final = "1h"
