# Generated from the OpenRouter OpenAPI spec (components/schemas/WebFetchEngineEnum) by `python -m codegen`; do not edit.
"""Which fetch engine to use."""

from __future__ import annotations

from typing import Final


class WebFetchEngineEnum:
    """Which fetch engine to use.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    AUTO: Final = "auto"
    NATIVE: Final = "native"
    OPENROUTER: Final = "openrouter"
    EXA: Final = "exa"
    PARALLEL: Final = "parallel"
    FIRECRAWL: Final = "firecrawl"
