# Generated from the OpenRouter OpenAPI spec (components/schemas/ContextCompressionEngine) by `python -m codegen`; do not edit.
"""The compression engine to use."""

from __future__ import annotations

from typing import Final


class ContextCompressionEngine:
    """The compression engine to use.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    MIDDLE_OUT: Final = "middle-out"
