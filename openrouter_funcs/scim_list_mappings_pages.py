# Generated from the OpenRouter OpenAPI spec (listScimGroupMappings x-speakeasy-pagination) by `python -m codegen`; do not edit.
"""Every page of ``scim_list_mappings`` (``GET /scim/group-mappings``), by offset and limit.

``scim_list_mappings_pages(core, request)`` asks for the first page exactly as requested and for
each following page only when the loop reaches it, one call of ``scim_list_mappings`` per page
(retries and ``options`` apply to each). Each item is that page's ``Result``; a ``Failure`` is the
last item. ``openrouter_core.pagination.items`` flattens the pages into their results.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core.models.list_scim_group_mappings_response import ListScimGroupMappingsResponse
from openrouter_core.models.scim_group_mapping import ScimGroupMapping
from openrouter_core.pagination import AsyncPages, OffsetLimit, Pages, walk_pages, walk_pages_async
from openrouter_funcs.scim_list_mappings import (
    OPERATION,
    ScimListMappingsError,
    ScimListMappingsRequest,
    scim_list_mappings,
    scim_list_mappings_async,
)

__all__ = ["PAGINATION", "scim_list_mappings_pages", "scim_list_mappings_pages_async"]

PAGINATION: OffsetLimit[ScimGroupMapping] = OffsetLimit(
    operation=OPERATION,
    offset="offset",
    limit="limit",
    results="$.data",
    total="$.total_count",
    default_limit=50,
)


def scim_list_mappings_pages(
    core: OpenRouterCore,
    request: ScimListMappingsRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Pages[ListScimGroupMappingsResponse, ScimGroupMapping, ScimListMappingsError]:
    """Every page of ``scim_list_mappings``, each a ``Result``, fetched lazily one request per page."""
    return walk_pages(
        lambda page: scim_list_mappings(core, page, options=options), request, PAGINATION
    )


def scim_list_mappings_pages_async(
    core: OpenRouterCore,
    request: ScimListMappingsRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> AsyncPages[ListScimGroupMappingsResponse, ScimGroupMapping, ScimListMappingsError]:
    """The async twin of :func:`scim_list_mappings_pages`: ``async for`` its pages."""
    return walk_pages_async(
        lambda page: scim_list_mappings_async(core, page, options=options), request, PAGINATION
    )
