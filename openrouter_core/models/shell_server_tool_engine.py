# Generated from the OpenRouter OpenAPI spec (components/schemas/ShellServerToolEngine) by `python -m codegen`; do not edit.
"""Which shell engine to use."""

from __future__ import annotations

from typing import Final


class ShellServerToolEngine:
    """Which shell engine to use.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    AUTO: Final = "auto"
    OPENROUTER: Final = "openrouter"
