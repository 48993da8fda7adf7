# Generated from the OpenRouter OpenAPI spec (listBYOKKeys x-speakeasy-pagination) by `python -m codegen`; do not edit.
"""Every page of ``byok_list`` (``GET /byok``), by offset and limit.

``byok_list_pages(core, request)`` asks for the first page exactly as requested and for each
following page only when the loop reaches it, one call of ``byok_list`` per page (retries and
``options`` apply to each). Each item is that page's ``Result``; a ``Failure`` is the last item.
``openrouter_core.pagination.items`` flattens the pages into their results.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core.models.byok_key import BYOKKey
from openrouter_core.models.list_byok_keys_response import ListBYOKKeysResponse
from openrouter_core.pagination import AsyncPages, OffsetLimit, Pages, walk_pages, walk_pages_async
from openrouter_funcs.byok_list import (
    OPERATION,
    ByokListError,
    ByokListRequest,
    byok_list,
    byok_list_async,
)

__all__ = ["PAGINATION", "byok_list_pages", "byok_list_pages_async"]

PAGINATION: OffsetLimit[BYOKKey] = OffsetLimit(
    operation=OPERATION,
    offset="offset",
    limit="limit",
    results="$.data",
    total="$.total_count",
    default_limit=50,
)


def byok_list_pages(
    core: OpenRouterCore,
    request: ByokListRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Pages[ListBYOKKeysResponse, BYOKKey, ByokListError]:
    """Every page of ``byok_list``, each a ``Result``, fetched lazily one request per page."""
    return walk_pages(lambda page: byok_list(core, page, options=options), request, PAGINATION)


def byok_list_pages_async(
    core: OpenRouterCore,
    request: ByokListRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> AsyncPages[ListBYOKKeysResponse, BYOKKey, ByokListError]:
    """The async twin of :func:`byok_list_pages`: ``async for`` its pages."""
    return walk_pages_async(
        lambda page: byok_list_async(core, page, options=options), request, PAGINATION
    )
