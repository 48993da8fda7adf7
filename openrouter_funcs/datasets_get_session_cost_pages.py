# Generated from the OpenRouter OpenAPI spec (getSessionCost x-speakeasy-pagination) by `python -m codegen`; do not edit.
"""Every page of ``datasets_get_session_cost`` (``GET /datasets/session-cost``), by offset and
limit.

``datasets_get_session_cost_pages(core, request)`` asks for the first page exactly as requested and
for each following page only when the loop reaches it, one call of ``datasets_get_session_cost`` per
page (retries and ``options`` apply to each). Each item is that page's ``Result``; a ``Failure`` is
the last item. ``openrouter_core.pagination.items`` flattens the pages into their results.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core.models.session_cost_item import SessionCostItem
from openrouter_core.models.session_cost_response import SessionCostResponse
from openrouter_core.pagination import AsyncPages, OffsetLimit, Pages, walk_pages, walk_pages_async
from openrouter_funcs.datasets_get_session_cost import (
    OPERATION,
    DatasetsGetSessionCostError,
    DatasetsGetSessionCostRequest,
    datasets_get_session_cost,
    datasets_get_session_cost_async,
)

__all__ = ["PAGINATION", "datasets_get_session_cost_pages", "datasets_get_session_cost_pages_async"]

PAGINATION: OffsetLimit[SessionCostItem] = OffsetLimit(
    operation=OPERATION,
    offset="offset",
    limit="limit",
    results="$.data",
    default_limit=100,
    max_offset=5000,
)


def datasets_get_session_cost_pages(
    core: OpenRouterCore,
    request: DatasetsGetSessionCostRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Pages[SessionCostResponse, SessionCostItem, DatasetsGetSessionCostError]:
    """Every page of ``datasets_get_session_cost``, each a ``Result``, fetched lazily one request
    per page.
    """
    return walk_pages(
        lambda page: datasets_get_session_cost(core, page, options=options), request, PAGINATION
    )


def datasets_get_session_cost_pages_async(
    core: OpenRouterCore,
    request: DatasetsGetSessionCostRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> AsyncPages[SessionCostResponse, SessionCostItem, DatasetsGetSessionCostError]:
    """The async twin of :func:`datasets_get_session_cost_pages`: ``async for`` its pages."""
    return walk_pages_async(
        lambda page: datasets_get_session_cost_async(core, page, options=options),
        request,
        PAGINATION,
    )
