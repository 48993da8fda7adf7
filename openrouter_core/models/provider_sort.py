# Generated from the OpenRouter OpenAPI spec (components/schemas/ProviderSort) by `python -m codegen`; do not edit.
"""The provider sorting strategy (price, throughput, latency)."""

from __future__ import annotations

from typing import Final


class ProviderSort:
    """The provider sorting strategy (price, throughput, latency).

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    PRICE: Final = "price"
    THROUGHPUT: Final = "throughput"
    LATENCY: Final = "latency"
    EXACTO: Final = "exacto"
