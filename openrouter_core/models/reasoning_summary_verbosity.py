# Generated from the OpenRouter OpenAPI spec (components/schemas/ReasoningSummaryVerbosity) by `python -m codegen`; do not edit.
"""Known values of ``ReasoningSummaryVerbosity``."""

from __future__ import annotations

from typing import Final


class ReasoningSummaryVerbosity:
    """Known values of ``ReasoningSummaryVerbosity``.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    AUTO: Final = "auto"
    CONCISE: Final = "concise"
    DETAILED: Final = "detailed"
