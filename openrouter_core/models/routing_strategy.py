# Generated from the OpenRouter OpenAPI spec (components/schemas/RoutingStrategy) by `python -m codegen`; do not edit.
"""Known values of ``RoutingStrategy``."""

from __future__ import annotations

from typing import Final


class RoutingStrategy:
    """Known values of ``RoutingStrategy``.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    DIRECT: Final = "direct"
    AUTO: Final = "auto"
    FREE: Final = "free"
    LATEST: Final = "latest"
    ALIAS: Final = "alias"
    FALLBACK: Final = "fallback"
    PARETO: Final = "pareto"
    BODYBUILDER: Final = "bodybuilder"
    FUSION: Final = "fusion"
