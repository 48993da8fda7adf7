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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        image: str | None = None,
        text: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("image", image)
        _setattr("text", text)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(image={self.image!r}, text={self.text!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.image, self.text, self.extra_fields) == (
            other.image,
            other.text,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("RerankRerankResponseResultsDocument", self.image, self.text, self.extra_fields)
        )

    # --- end of attrs methods ---


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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        document: RerankRerankResponseResultsDocument,
        index: int,
        relevance_score: float,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("document", document)
        _setattr("index", index)
        _setattr("relevance_score", relevance_score)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"document={self.document!r}, "
            f"index={self.index!r}, "
            f"relevance_score={self.relevance_score!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.document, self.index, self.relevance_score, self.extra_fields) == (
            other.document,
            other.index,
            other.relevance_score,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "RerankRerankResponseResults",
                self.document,
                self.index,
                self.relevance_score,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        cost: float | None = None,
        search_units: int | None = None,
        total_tokens: int | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("cost", cost)
        _setattr("search_units", search_units)
        _setattr("total_tokens", total_tokens)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"cost={self.cost!r}, "
            f"search_units={self.search_units!r}, "
            f"total_tokens={self.total_tokens!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.cost, self.search_units, self.total_tokens, self.extra_fields) == (
            other.cost,
            other.search_units,
            other.total_tokens,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "RerankRerankResponseUsage",
                self.cost,
                self.search_units,
                self.total_tokens,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        id: str | None = None,
        model: str,
        provider: str | None = None,
        results: list[RerankRerankResponseResults],
        usage: RerankRerankResponseUsage | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("id", id)
        _setattr("model", model)
        _setattr("provider", provider)
        _setattr("results", results)
        _setattr("usage", usage)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"id={self.id!r}, "
            f"model={self.model!r}, "
            f"provider={self.provider!r}, "
            f"results={self.results!r}, "
            f"usage={self.usage!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.id,
            self.model,
            self.provider,
            self.results,
            self.usage,
            self.extra_fields,
        ) == (other.id, other.model, other.provider, other.results, other.usage, other.extra_fields)

    def __hash__(self) -> int:
        return hash(
            (
                "RerankRerankResponse",
                self.id,
                self.model,
                self.provider,
                self.results,
                self.usage,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
