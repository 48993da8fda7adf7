# Generated from the OpenRouter OpenAPI spec (components/schemas/WebSearchEngineEnum) by `python -m codegen`; do not edit.
"""Which search engine to use."""

from __future__ import annotations

from typing import Final


class WebSearchEngineEnum:
    """Which search engine to use.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    NATIVE: Final = "native"
    EXA: Final = "exa"
    PARALLEL: Final = "parallel"
    FIRECRAWL: Final = "firecrawl"
    PERPLEXITY: Final = "perplexity"
    AUTO: Final = "auto"
