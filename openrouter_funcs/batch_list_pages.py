# Generated from the OpenRouter OpenAPI spec (listBatches x-speakeasy-pagination) by `python -m codegen`; do not edit.
"""Every page of ``batch_list`` (``GET /batches``), by cursor.

``batch_list_pages(core, request)`` asks for the first page exactly as requested and for each
following page only when the loop reaches it, one call of ``batch_list`` per page (retries and
``options`` apply to each). Each item is that page's ``Result``; a ``Failure`` is the last item.
``openrouter_core.pagination.items`` flattens the pages into their results.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core.models.batch_list_item import BatchListItem
from openrouter_core.models.batch_list_response import BatchListResponse
from openrouter_core.pagination import AsyncPages, Cursor, Pages, walk_pages, walk_pages_async
from openrouter_funcs.batch_list import (
    OPERATION,
    BatchListError,
    BatchListRequest,
    batch_list,
    batch_list_async,
)

__all__ = ["PAGINATION", "batch_list_pages", "batch_list_pages_async"]

PAGINATION: Cursor[BatchListItem] = Cursor(
    operation=OPERATION,
    cursor="after",
    next_cursor="$.last_id",
    results="$.data",
    more="$.has_more",
)


def batch_list_pages(
    core: OpenRouterCore,
    request: BatchListRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Pages[BatchListResponse, BatchListItem, BatchListError]:
    """Every page of ``batch_list``, each a ``Result``, fetched lazily one request per page."""
    return walk_pages(lambda page: batch_list(core, page, options=options), request, PAGINATION)


def batch_list_pages_async(
    core: OpenRouterCore,
    request: BatchListRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> AsyncPages[BatchListResponse, BatchListItem, BatchListError]:
    """The async twin of :func:`batch_list_pages`: ``async for`` its pages."""
    return walk_pages_async(
        lambda page: batch_list_async(core, page, options=options), request, PAGINATION
    )
