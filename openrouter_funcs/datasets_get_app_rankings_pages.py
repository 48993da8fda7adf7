# Generated from the OpenRouter OpenAPI spec (getAppRankings x-speakeasy-pagination) by `python -m codegen`; do not edit.
"""Every page of ``datasets_get_app_rankings`` (``GET /datasets/app-rankings``), by offset and
limit.

``datasets_get_app_rankings_pages(core, request)`` asks for the first page exactly as requested and
for each following page only when the loop reaches it, one call of ``datasets_get_app_rankings`` per
page (retries and ``options`` apply to each). Each item is that page's ``Result``; a ``Failure`` is
the last item. ``openrouter_core.pagination.items`` flattens the pages into their results.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core.models.app_rankings_item import AppRankingsItem
from openrouter_core.models.app_rankings_response import AppRankingsResponse
from openrouter_core.pagination import AsyncPages, OffsetLimit, Pages, walk_pages, walk_pages_async
from openrouter_funcs.datasets_get_app_rankings import (
    OPERATION,
    DatasetsGetAppRankingsError,
    DatasetsGetAppRankingsRequest,
    datasets_get_app_rankings,
    datasets_get_app_rankings_async,
)

__all__ = ["PAGINATION", "datasets_get_app_rankings_pages", "datasets_get_app_rankings_pages_async"]

PAGINATION: OffsetLimit[AppRankingsItem] = OffsetLimit(
    operation=OPERATION,
    offset="offset",
    limit="limit",
    results="$.data",
    default_limit=50,
    max_offset=100,
)


def datasets_get_app_rankings_pages(
    core: OpenRouterCore,
    request: DatasetsGetAppRankingsRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Pages[AppRankingsResponse, AppRankingsItem, DatasetsGetAppRankingsError]:
    """Every page of ``datasets_get_app_rankings``, each a ``Result``, fetched lazily one request
    per page.
    """
    return walk_pages(
        lambda page: datasets_get_app_rankings(core, page, options=options), request, PAGINATION
    )


def datasets_get_app_rankings_pages_async(
    core: OpenRouterCore,
    request: DatasetsGetAppRankingsRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> AsyncPages[AppRankingsResponse, AppRankingsItem, DatasetsGetAppRankingsError]:
    """The async twin of :func:`datasets_get_app_rankings_pages`: ``async for`` its pages."""
    return walk_pages_async(
        lambda page: datasets_get_app_rankings_async(core, page, options=options),
        request,
        PAGINATION,
    )
