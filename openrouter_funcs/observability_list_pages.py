# Generated from the OpenRouter OpenAPI spec (listObservabilityDestinations x-speakeasy-pagination) by `python -m codegen`; do not edit.
"""Every page of ``observability_list`` (``GET /observability/destinations``), by offset and limit.

``observability_list_pages(core, request)`` asks for the first page exactly as requested and for
each following page only when the loop reaches it, one call of ``observability_list`` per page
(retries and ``options`` apply to each). Each item is that page's ``Result``; a ``Failure`` is the
last item. ``openrouter_core.pagination.items`` flattens the pages into their results.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core.models.list_observability_destinations_response import (
    ListObservabilityDestinationsResponse,
)
from openrouter_core.models.observability_destination import ObservabilityDestination
from openrouter_core.pagination import AsyncPages, OffsetLimit, Pages, walk_pages, walk_pages_async
from openrouter_funcs.observability_list import (
    OPERATION,
    ObservabilityListError,
    ObservabilityListRequest,
    observability_list,
    observability_list_async,
)

__all__ = ["PAGINATION", "observability_list_pages", "observability_list_pages_async"]

PAGINATION: OffsetLimit[ObservabilityDestination] = OffsetLimit(
    operation=OPERATION,
    offset="offset",
    limit="limit",
    results="$.data",
    total="$.total_count",
    default_limit=50,
)


def observability_list_pages(
    core: OpenRouterCore,
    request: ObservabilityListRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Pages[ListObservabilityDestinationsResponse, ObservabilityDestination, ObservabilityListError]:
    """Every page of ``observability_list``, each a ``Result``, fetched lazily one request per page."""
    return walk_pages(
        lambda page: observability_list(core, page, options=options), request, PAGINATION
    )


def observability_list_pages_async(
    core: OpenRouterCore,
    request: ObservabilityListRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> AsyncPages[
    ListObservabilityDestinationsResponse, ObservabilityDestination, ObservabilityListError
]:
    """The async twin of :func:`observability_list_pages`: ``async for`` its pages."""
    return walk_pages_async(
        lambda page: observability_list_async(core, page, options=options), request, PAGINATION
    )
