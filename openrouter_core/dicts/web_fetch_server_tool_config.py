# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.web_fetch_server_tool_config` (keys as sent on the wire)."""

from __future__ import annotations

from typing import Literal, TypedDict

__all__ = [
    "WebFetchServerToolConfigDict",
]


class WebFetchServerToolConfigDict(TypedDict, total=False):
    """The dict form of :class:`WebFetchServerToolConfig`."""

    allowed_domains: list[str] | None
    blocked_domains: list[str] | None
    engine: Literal["auto", "native", "openrouter", "exa", "parallel", "firecrawl"] | str | None
    max_content_tokens: int | None
    max_uses: int | None
