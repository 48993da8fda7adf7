# Generated from the OpenRouter OpenAPI spec (listMemberAssignments x-speakeasy-pagination) by `python -m codegen`; do not edit.
"""Every page of ``guardrails_list_member_assignments`` (``GET /guardrails/assignments/members``),
by offset and limit.

``guardrails_list_member_assignments_pages(core, request)`` asks for the first page exactly as
requested and for each following page only when the loop reaches it, one call of
``guardrails_list_member_assignments`` per page (retries and ``options`` apply to each). Each item
is that page's ``Result``; a ``Failure`` is the last item. ``openrouter_core.pagination.items``
flattens the pages into their results.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core.models.list_member_assignments_response import ListMemberAssignmentsResponse
from openrouter_core.models.member_assignment import MemberAssignment
from openrouter_core.pagination import AsyncPages, OffsetLimit, Pages, walk_pages, walk_pages_async
from openrouter_funcs.guardrails_list_member_assignments import (
    OPERATION,
    GuardrailsListMemberAssignmentsError,
    GuardrailsListMemberAssignmentsRequest,
    guardrails_list_member_assignments,
    guardrails_list_member_assignments_async,
)

__all__ = [
    "PAGINATION",
    "guardrails_list_member_assignments_pages",
    "guardrails_list_member_assignments_pages_async",
]

PAGINATION: OffsetLimit[MemberAssignment] = OffsetLimit(
    operation=OPERATION,
    offset="offset",
    limit="limit",
    results="$.data",
    total="$.total_count",
    default_limit=50,
)


def guardrails_list_member_assignments_pages(
    core: OpenRouterCore,
    request: GuardrailsListMemberAssignmentsRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Pages[ListMemberAssignmentsResponse, MemberAssignment, GuardrailsListMemberAssignmentsError]:
    """Every page of ``guardrails_list_member_assignments``, each a ``Result``, fetched lazily one
    request per page.
    """
    return walk_pages(
        lambda page: guardrails_list_member_assignments(core, page, options=options),
        request,
        PAGINATION,
    )


def guardrails_list_member_assignments_pages_async(
    core: OpenRouterCore,
    request: GuardrailsListMemberAssignmentsRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> AsyncPages[
    ListMemberAssignmentsResponse, MemberAssignment, GuardrailsListMemberAssignmentsError
]:
    """The async twin of :func:`guardrails_list_member_assignments_pages`: ``async for`` its pages."""
    return walk_pages_async(
        lambda page: guardrails_list_member_assignments_async(core, page, options=options),
        request,
        PAGINATION,
    )
