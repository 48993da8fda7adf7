# Generated from the OpenRouter OpenAPI spec (components/schemas/ApplyPatchEngineEnum) by `python -m codegen`; do not edit.
"""Which apply_patch engine to use."""

from __future__ import annotations

from typing import Final


class ApplyPatchEngineEnum:
    """Which apply_patch engine to use.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    AUTO: Final = "auto"
    NATIVE: Final = "native"
    OPENROUTER: Final = "openrouter"
