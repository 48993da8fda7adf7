# Generated from the OpenRouter OpenAPI spec (listWorkspaceMembers x-speakeasy-pagination) by `python -m codegen`; do not edit.
"""Every page of ``workspaces_list_members`` (``GET /workspaces/{id}/members``), by offset and
limit.

``workspaces_list_members_pages(core, request)`` asks for the first page exactly as requested and
for each following page only when the loop reaches it, one call of ``workspaces_list_members`` per
page (retries and ``options`` apply to each). Each item is that page's ``Result``; a ``Failure`` is
the last item. ``openrouter_core.pagination.items`` flattens the pages into their results.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core.models.list_workspace_members_response import ListWorkspaceMembersResponse
from openrouter_core.models.workspace_member import WorkspaceMember
from openrouter_core.pagination import AsyncPages, OffsetLimit, Pages, walk_pages, walk_pages_async
from openrouter_funcs.workspaces_list_members import (
    OPERATION,
    WorkspacesListMembersError,
    WorkspacesListMembersRequest,
    workspaces_list_members,
    workspaces_list_members_async,
)

__all__ = ["PAGINATION", "workspaces_list_members_pages", "workspaces_list_members_pages_async"]

PAGINATION: OffsetLimit[WorkspaceMember] = OffsetLimit(
    operation=OPERATION,
    offset="offset",
    limit="limit",
    results="$.data",
    total="$.total_count",
    default_limit=50,
)


def workspaces_list_members_pages(
    core: OpenRouterCore,
    request: WorkspacesListMembersRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Pages[ListWorkspaceMembersResponse, WorkspaceMember, WorkspacesListMembersError]:
    """Every page of ``workspaces_list_members``, each a ``Result``, fetched lazily one request per
    page.
    """
    return walk_pages(
        lambda page: workspaces_list_members(core, page, options=options), request, PAGINATION
    )


def workspaces_list_members_pages_async(
    core: OpenRouterCore,
    request: WorkspacesListMembersRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> AsyncPages[ListWorkspaceMembersResponse, WorkspaceMember, WorkspacesListMembersError]:
    """The async twin of :func:`workspaces_list_members_pages`: ``async for`` its pages."""
    return walk_pages_async(
        lambda page: workspaces_list_members_async(core, page, options=options), request, PAGINATION
    )
