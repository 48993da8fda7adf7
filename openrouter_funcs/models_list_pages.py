# Generated from the OpenRouter OpenAPI spec (getModels x-speakeasy-pagination) by `python -m codegen`; do not edit.
"""Every page of ``models_list`` (``GET /models``), by offset and limit.

``models_list_pages(core, request)`` asks for the first page exactly as requested and for each
following page only when the loop reaches it, one call of ``models_list`` per page (retries and
``options`` apply to each). Each item is that page's ``Result``; a ``Failure`` is the last item.
``openrouter_core.pagination.items`` flattens the pages into their results.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core.models.model import Model
from openrouter_core.models.models_list_response import ModelsListResponse
from openrouter_core.pagination import AsyncPages, OffsetLimit, Pages, walk_pages, walk_pages_async
from openrouter_funcs.models_list import (
    OPERATION,
    ModelsListError,
    ModelsListRequest,
    models_list,
    models_list_async,
)

__all__ = ["PAGINATION", "models_list_pages", "models_list_pages_async"]

PAGINATION: OffsetLimit[Model] = OffsetLimit(
    operation=OPERATION,
    offset="offset",
    limit="limit",
    results="$.data",
    total="$.total_count",
    default_limit=500,
)


def models_list_pages(
    core: OpenRouterCore,
    request: ModelsListRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Pages[ModelsListResponse, Model, ModelsListError]:
    """Every page of ``models_list``, each a ``Result``, fetched lazily one request per page."""
    return walk_pages(lambda page: models_list(core, page, options=options), request, PAGINATION)


def models_list_pages_async(
    core: OpenRouterCore,
    request: ModelsListRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> AsyncPages[ModelsListResponse, Model, ModelsListError]:
    """The async twin of :func:`models_list_pages`: ``async for`` its pages."""
    return walk_pages_async(
        lambda page: models_list_async(core, page, options=options), request, PAGINATION
    )
