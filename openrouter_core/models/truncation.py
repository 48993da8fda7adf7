# Generated from the OpenRouter OpenAPI spec (components/schemas/Truncation) by `python -m codegen`; do not edit.
"""Known values of ``Truncation``."""

from __future__ import annotations

from typing import Final


class Truncation:
    """Known values of ``Truncation``.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    AUTO: Final = "auto"
    DISABLED: Final = "disabled"
