# Generated from the OpenRouter OpenAPI spec (listScimGroups x-speakeasy-pagination) by `python -m codegen`; do not edit.
"""Every page of ``scim_list_groups`` (``GET /scim/groups``), by offset and limit.

``scim_list_groups_pages(core, request)`` asks for the first page exactly as requested and for each
following page only when the loop reaches it, one call of ``scim_list_groups`` per page (retries and
``options`` apply to each). Each item is that page's ``Result``; a ``Failure`` is the last item.
``openrouter_core.pagination.items`` flattens the pages into their results.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core.models.list_scim_groups_response import ListScimGroupsResponse
from openrouter_core.models.scim_group import ScimGroup
from openrouter_core.pagination import AsyncPages, OffsetLimit, Pages, walk_pages, walk_pages_async
from openrouter_funcs.scim_list_groups import (
    OPERATION,
    ScimListGroupsError,
    ScimListGroupsRequest,
    scim_list_groups,
    scim_list_groups_async,
)

__all__ = ["PAGINATION", "scim_list_groups_pages", "scim_list_groups_pages_async"]

PAGINATION: OffsetLimit[ScimGroup] = OffsetLimit(
    operation=OPERATION,
    offset="offset",
    limit="limit",
    results="$.data",
    total="$.total_count",
    default_limit=50,
)


def scim_list_groups_pages(
    core: OpenRouterCore,
    request: ScimListGroupsRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Pages[ListScimGroupsResponse, ScimGroup, ScimListGroupsError]:
    """Every page of ``scim_list_groups``, each a ``Result``, fetched lazily one request per page."""
    return walk_pages(
        lambda page: scim_list_groups(core, page, options=options), request, PAGINATION
    )


def scim_list_groups_pages_async(
    core: OpenRouterCore,
    request: ScimListGroupsRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> AsyncPages[ListScimGroupsResponse, ScimGroup, ScimListGroupsError]:
    """The async twin of :func:`scim_list_groups_pages`: ``async for`` its pages."""
    return walk_pages_async(
        lambda page: scim_list_groups_async(core, page, options=options), request, PAGINATION
    )
