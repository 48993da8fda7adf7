# Generated from the OpenRouter OpenAPI spec (RerankRerankBody) by `python -m codegen`; do not edit.
"""Rerank request input."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.provider_preferences import ProviderPreferences


@attrs.frozen(kw_only=True)
class RerankRerankBodyDocumentsVariant2:
    """A structured document with optional text and/or image content."""

    image: str | None = None
    """An image associated with the document, as a remote URL (http/https) or a base64-encoded data
    URI (data:image/...).
    """
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
        return hash(("RerankRerankBodyDocumentsVariant2", self.image, self.text, self.extra_fields))

    # --- end of attrs methods ---


RerankRerankBodyDocuments: TypeAlias = str | RerankRerankBodyDocumentsVariant2
"""A document to rerank."""


def _choose_rerank_rerank_body_documents(data: Any) -> Any:
    """The member of :data:`RerankRerankBodyDocuments` that ``data`` is, by its JSON type."""
    if isinstance(data, str):
        return str
    if isinstance(data, dict):
        return RerankRerankBodyDocumentsVariant2
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"RerankRerankBodyDocuments: expected a string or an object, got {type(data).__name__}"
    )


register_union(RerankRerankBodyDocuments, _choose_rerank_rerank_body_documents)


@attrs.frozen(kw_only=True)
class RerankRerankBody:
    """Rerank request input."""

    documents: list[RerankRerankBodyDocuments]
    """The list of documents to rerank."""
    model: str
    """The rerank model to use."""
    provider: ProviderPreferences | Unset | None = UNSET
    """Provider routing preferences for the request."""
    query: str
    """The search query to rerank documents against."""
    top_n: int | None = None
    """Number of most relevant documents to return."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        documents: list[RerankRerankBodyDocuments],
        model: str,
        provider: ProviderPreferences | Unset | None = UNSET,
        query: str,
        top_n: int | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("documents", documents)
        _setattr("model", model)
        _setattr("provider", provider)
        _setattr("query", query)
        _setattr("top_n", top_n)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"documents={self.documents!r}, "
            f"model={self.model!r}, "
            f"provider={self.provider!r}, "
            f"query={self.query!r}, "
            f"top_n={self.top_n!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.documents,
            self.model,
            self.provider,
            self.query,
            self.top_n,
            self.extra_fields,
        ) == (
            other.documents,
            other.model,
            other.provider,
            other.query,
            other.top_n,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "RerankRerankBody",
                self.documents,
                self.model,
                self.provider,
                self.query,
                self.top_n,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
