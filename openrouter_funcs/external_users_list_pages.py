# Generated from the OpenRouter OpenAPI spec (listExternalUsers x-speakeasy-pagination) by `python -m codegen`; do not edit.
"""Every page of ``external_users_list`` (``GET /external-users``), by offset and limit.

``external_users_list_pages(core, request)`` asks for the first page exactly as requested and for
each following page only when the loop reaches it, one call of ``external_users_list`` per page
(retries and ``options`` apply to each). Each item is that page's ``Result``; a ``Failure`` is the
last item. ``openrouter_core.pagination.items`` flattens the pages into their results.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core.models.external_user import ExternalUser
from openrouter_core.models.list_external_users_response import ListExternalUsersResponse
from openrouter_core.pagination import AsyncPages, OffsetLimit, Pages, walk_pages, walk_pages_async
from openrouter_funcs.external_users_list import (
    OPERATION,
    ExternalUsersListError,
    ExternalUsersListRequest,
    external_users_list,
    external_users_list_async,
)

__all__ = ["PAGINATION", "external_users_list_pages", "external_users_list_pages_async"]

PAGINATION: OffsetLimit[ExternalUser] = OffsetLimit(
    operation=OPERATION,
    offset="offset",
    limit="limit",
    results="$.data",
    total="$.total_count",
)


def external_users_list_pages(
    core: OpenRouterCore,
    request: ExternalUsersListRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Pages[ListExternalUsersResponse, ExternalUser, ExternalUsersListError]:
    """Every page of ``external_users_list``, each a ``Result``, fetched lazily one request per
    page.
    """
    return walk_pages(
        lambda page: external_users_list(core, page, options=options), request, PAGINATION
    )


def external_users_list_pages_async(
    core: OpenRouterCore,
    request: ExternalUsersListRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> AsyncPages[ListExternalUsersResponse, ExternalUser, ExternalUsersListError]:
    """The async twin of :func:`external_users_list_pages`: ``async for`` its pages."""
    return walk_pages_async(
        lambda page: external_users_list_async(core, page, options=options), request, PAGINATION
    )
