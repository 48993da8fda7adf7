# Generated from the OpenRouter OpenAPI spec (listWorkspaces x-speakeasy-pagination) by `python -m codegen`; do not edit.
"""Every page of ``workspaces_list`` (``GET /workspaces``), by offset and limit.

``workspaces_list_pages(core, request)`` asks for the first page exactly as requested and for each
following page only when the loop reaches it, one call of ``workspaces_list`` per page (retries and
``options`` apply to each). Each item is that page's ``Result``; a ``Failure`` is the last item.
``openrouter_core.pagination.items`` flattens the pages into their results.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core.models.list_workspaces_response import ListWorkspacesResponse
from openrouter_core.models.workspace import Workspace
from openrouter_core.pagination import AsyncPages, OffsetLimit, Pages, walk_pages, walk_pages_async
from openrouter_funcs.workspaces_list import (
    OPERATION,
    WorkspacesListError,
    WorkspacesListRequest,
    workspaces_list,
    workspaces_list_async,
)

__all__ = ["PAGINATION", "workspaces_list_pages", "workspaces_list_pages_async"]

PAGINATION: OffsetLimit[Workspace] = OffsetLimit(
    operation=OPERATION,
    offset="offset",
    limit="limit",
    results="$.data",
    total="$.total_count",
    default_limit=50,
)


def workspaces_list_pages(
    core: OpenRouterCore,
    request: WorkspacesListRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Pages[ListWorkspacesResponse, Workspace, WorkspacesListError]:
    """Every page of ``workspaces_list``, each a ``Result``, fetched lazily one request per page."""
    return walk_pages(
        lambda page: workspaces_list(core, page, options=options), request, PAGINATION
    )


def workspaces_list_pages_async(
    core: OpenRouterCore,
    request: WorkspacesListRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> AsyncPages[ListWorkspacesResponse, Workspace, WorkspacesListError]:
    """The async twin of :func:`workspaces_list_pages`: ``async for`` its pages."""
    return walk_pages_async(
        lambda page: workspaces_list_async(core, page, options=options), request, PAGINATION
    )
