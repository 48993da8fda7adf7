# Generated from the OpenRouter OpenAPI spec (listOrganizationMembers x-speakeasy-pagination) by `python -m codegen`; do not edit.
"""Every page of ``organization_list_members`` (``GET /organization/members``), by offset and limit.

``organization_list_members_pages(core, request)`` asks for the first page exactly as requested and
for each following page only when the loop reaches it, one call of ``organization_list_members`` per
page (retries and ``options`` apply to each). Each item is that page's ``Result``; a ``Failure`` is
the last item. ``openrouter_core.pagination.items`` flattens the pages into their results.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core.models.organization_list_members_response import (
    OrganizationListMembersResponse,
    OrganizationListMembersResponseData,
)
from openrouter_core.pagination import AsyncPages, OffsetLimit, Pages, walk_pages, walk_pages_async
from openrouter_funcs.organization_list_members import (
    OPERATION,
    OrganizationListMembersError,
    OrganizationListMembersRequest,
    organization_list_members,
    organization_list_members_async,
)

__all__ = ["PAGINATION", "organization_list_members_pages", "organization_list_members_pages_async"]

PAGINATION: OffsetLimit[OrganizationListMembersResponseData] = OffsetLimit(
    operation=OPERATION,
    offset="offset",
    limit="limit",
    results="$.data",
    total="$.total_count",
    default_limit=50,
)


def organization_list_members_pages(
    core: OpenRouterCore,
    request: OrganizationListMembersRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Pages[
    OrganizationListMembersResponse,
    OrganizationListMembersResponseData,
    OrganizationListMembersError,
]:
    """Every page of ``organization_list_members``, each a ``Result``, fetched lazily one request
    per page.
    """
    return walk_pages(
        lambda page: organization_list_members(core, page, options=options), request, PAGINATION
    )


def organization_list_members_pages_async(
    core: OpenRouterCore,
    request: OrganizationListMembersRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> AsyncPages[
    OrganizationListMembersResponse,
    OrganizationListMembersResponseData,
    OrganizationListMembersError,
]:
    """The async twin of :func:`organization_list_members_pages`: ``async for`` its pages."""
    return walk_pages_async(
        lambda page: organization_list_members_async(core, page, options=options),
        request,
        PAGINATION,
    )
