# Generated from the OpenRouter OpenAPI spec (components/schemas/ContentFilterBuiltinAction) by `python -m codegen`; do not edit.
"""Action taken when the builtin filter triggers."""

from __future__ import annotations

from typing import Final


class ContentFilterBuiltinAction:
    """Action taken when the builtin filter triggers.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    REDACT: Final = "redact"
    BLOCK: Final = "block"
    FLAG: Final = "flag"
