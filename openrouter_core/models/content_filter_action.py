# Generated from the OpenRouter OpenAPI spec (components/schemas/ContentFilterAction) by `python -m codegen`; do not edit.
"""Action taken when the pattern matches."""

from __future__ import annotations

from typing import Final


class ContentFilterAction:
    """Action taken when the pattern matches.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    REDACT: Final = "redact"
    BLOCK: Final = "block"
    FLAG: Final = "flag"
