# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.web_search_domain_filter` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TypedDict

__all__ = [
    "WebSearchDomainFilterDict",
]


class WebSearchDomainFilterDict(TypedDict, total=False):
    """The dict form of :class:`WebSearchDomainFilter`."""

    allowed_domains: list[str] | None
    blocked_domains: list[str] | None
    excluded_domains: list[str] | None
