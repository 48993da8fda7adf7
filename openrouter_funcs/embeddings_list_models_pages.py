# Generated from the OpenRouter OpenAPI spec (listEmbeddingsModels x-speakeasy-pagination) by `python -m codegen`; do not edit.
"""Every page of ``embeddings_list_models`` (``GET /embeddings/models``), by offset and limit.

``embeddings_list_models_pages(core, request)`` asks for the first page exactly as requested and for
each following page only when the loop reaches it, one call of ``embeddings_list_models`` per page
(retries and ``options`` apply to each). Each item is that page's ``Result``; a ``Failure`` is the
last item. ``openrouter_core.pagination.items`` flattens the pages into their results.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core.models.model import Model
from openrouter_core.models.models_list_response import ModelsListResponse
from openrouter_core.pagination import AsyncPages, OffsetLimit, Pages, walk_pages, walk_pages_async
from openrouter_funcs.embeddings_list_models import (
    OPERATION,
    EmbeddingsListModelsError,
    EmbeddingsListModelsRequest,
    embeddings_list_models,
    embeddings_list_models_async,
)

__all__ = ["PAGINATION", "embeddings_list_models_pages", "embeddings_list_models_pages_async"]

PAGINATION: OffsetLimit[Model] = OffsetLimit(
    operation=OPERATION,
    offset="offset",
    limit="limit",
    results="$.data",
    total="$.total_count",
    default_limit=500,
)


def embeddings_list_models_pages(
    core: OpenRouterCore,
    request: EmbeddingsListModelsRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Pages[ModelsListResponse, Model, EmbeddingsListModelsError]:
    """Every page of ``embeddings_list_models``, each a ``Result``, fetched lazily one request per
    page.
    """
    return walk_pages(
        lambda page: embeddings_list_models(core, page, options=options), request, PAGINATION
    )


def embeddings_list_models_pages_async(
    core: OpenRouterCore,
    request: EmbeddingsListModelsRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> AsyncPages[ModelsListResponse, Model, EmbeddingsListModelsError]:
    """The async twin of :func:`embeddings_list_models_pages`: ``async for`` its pages."""
    return walk_pages_async(
        lambda page: embeddings_list_models_async(core, page, options=options), request, PAGINATION
    )
