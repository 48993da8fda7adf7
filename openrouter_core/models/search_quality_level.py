# Generated from the OpenRouter OpenAPI spec (components/schemas/SearchQualityLevel) by `python -m codegen`; do not edit.
"""How much context to retrieve per result."""

from __future__ import annotations

from typing import Final


class SearchQualityLevel:
    """How much context to retrieve per result.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    LOW: Final = "low"
    MEDIUM: Final = "medium"
    HIGH: Final = "high"
