# Generated from the OpenRouter OpenAPI spec (RerankRerankBody) by `python -m codegen`; do not edit.
"""Rerank request input."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from openrouter_core._converter import register_union
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
