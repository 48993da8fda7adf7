# Generated from the OpenRouter OpenAPI spec (components/schemas/ServiceTier) by `python -m codegen`; do not edit.
"""Known values of ``ServiceTier``."""

from __future__ import annotations

from typing import Final


class ServiceTier:
    """Known values of ``ServiceTier``.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    AUTO: Final = "auto"
    DEFAULT: Final = "default"
    FLEX: Final = "flex"
    PRIORITY: Final = "priority"
    SCALE: Final = "scale"
