# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.rerank_rerank_body` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.provider_preferences import ProviderPreferencesDict

__all__ = [
    "RerankRerankBodyDict",
    "RerankRerankBodyDocumentsDict",
    "RerankRerankBodyDocumentsVariant2Dict",
]


class RerankRerankBodyDict(TypedDict, total=False):
    """The dict form of :class:`RerankRerankBody`."""

    documents: Required[list[RerankRerankBodyDocumentsDict]]
    model: Required[str]
    provider: ProviderPreferencesDict | None
    query: Required[str]
    top_n: int | None


RerankRerankBodyDocumentsDict: TypeAlias = "str | RerankRerankBodyDocumentsVariant2Dict"


class RerankRerankBodyDocumentsVariant2Dict(TypedDict, total=False):
    """The dict form of :class:`RerankRerankBodyDocumentsVariant2`."""

    image: str | None
    text: str | None
