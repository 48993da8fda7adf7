# Generated from the OpenRouter OpenAPI spec (components/schemas/WebSearchEngine) by `python -m codegen`; do not edit.
"""The search engine to use for web search."""

from __future__ import annotations

from typing import Final


class WebSearchEngine:
    """The search engine to use for web search.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    NATIVE: Final = "native"
    EXA: Final = "exa"
    FIRECRAWL: Final = "firecrawl"
    PARALLEL: Final = "parallel"
    PERPLEXITY: Final = "perplexity"
