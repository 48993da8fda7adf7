# Generated from the OpenRouter OpenAPI spec (CreateRerankRequest) by `python -m codegen`; do not edit.
"""Models nested in ``CreateRerankRequest``."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._converter import register_union


@attrs.frozen(kw_only=True)
class CreateRerankRequestDocumentsVariant2:
    """A structured document with optional text and/or image content."""

    image: str | None = None
    """An image associated with the document, as a remote URL (http/https) or a base64-encoded data
    URI (data:image/...).
    """
    text: str | None = None
    """The document text."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


CreateRerankRequestDocuments: TypeAlias = str | CreateRerankRequestDocumentsVariant2
"""A document to rerank."""


def _choose_create_rerank_request_documents(data: Any) -> Any:
    """The member of :data:`CreateRerankRequestDocuments` that ``data`` is, by its JSON type."""
    if isinstance(data, str):
        return str
    if isinstance(data, dict):
        return CreateRerankRequestDocumentsVariant2
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"CreateRerankRequestDocuments: expected a string or an object, got {type(data).__name__}"
    )


register_union(CreateRerankRequestDocuments, _choose_create_rerank_request_documents)
