# Generated from the OpenRouter OpenAPI spec (components/schemas/SearchContextSizeEnum) by `python -m codegen`; do not edit.
"""Size of the search context for web search tools."""

from __future__ import annotations

from typing import Final


class SearchContextSizeEnum:
    """Size of the search context for web search tools.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    LOW: Final = "low"
    MEDIUM: Final = "medium"
    HIGH: Final = "high"
