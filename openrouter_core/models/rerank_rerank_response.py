# Generated from the OpenRouter OpenAPI spec (RerankRerankResponse) by `python -m codegen`; do not edit.
"""Rerank response containing ranked results."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class RerankRerankResponseResultsDocument:
    """The document object echoing the original input (text and/or image)."""

    image: str | None = None
    """The image (URL or data URI) from the original document."""
    text: str | None = None
    """The document text."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class RerankRerankResponseResults:
    """A single rerank result."""

    document: RerankRerankResponseResultsDocument
    """The document object echoing the original input (text and/or image)."""
    index: int
    """Index of the document in the original input list."""
    relevance_score: float
    """Relevance score of the document to the query."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class RerankRerankResponseUsage:
    """Usage statistics."""

    cost: float | None = None
    """Cost of the request in credits."""
    search_units: int | None = None
    """Number of search units consumed (Cohere billing)."""
    total_tokens: int | None = None
    """Total number of tokens used."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class RerankRerankResponse:
    """Rerank response containing ranked results."""

    id: str | None = None
    """Unique identifier for the rerank response (ORID format)."""
    model: str
    """The model used for reranking."""
    provider: str | None = None
    """The provider that served the rerank request."""
    results: list[RerankRerankResponseResults]
    """List of rerank results sorted by relevance."""
    usage: RerankRerankResponseUsage | None = None
    """Usage statistics."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
