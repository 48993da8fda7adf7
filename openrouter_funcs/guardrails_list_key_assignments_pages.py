# Generated from the OpenRouter OpenAPI spec (listKeyAssignments x-speakeasy-pagination) by `python -m codegen`; do not edit.
"""Every page of ``guardrails_list_key_assignments`` (``GET /guardrails/assignments/keys``), by
offset and limit.

``guardrails_list_key_assignments_pages(core, request)`` asks for the first page exactly as
requested and for each following page only when the loop reaches it, one call of
``guardrails_list_key_assignments`` per page (retries and ``options`` apply to each). Each item is
that page's ``Result``; a ``Failure`` is the last item. ``openrouter_core.pagination.items``
flattens the pages into their results.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core.models.key_assignment import KeyAssignment
from openrouter_core.models.list_key_assignments_response import ListKeyAssignmentsResponse
from openrouter_core.pagination import AsyncPages, OffsetLimit, Pages, walk_pages, walk_pages_async
from openrouter_funcs.guardrails_list_key_assignments import (
    OPERATION,
    GuardrailsListKeyAssignmentsError,
    GuardrailsListKeyAssignmentsRequest,
    guardrails_list_key_assignments,
    guardrails_list_key_assignments_async,
)

__all__ = [
    "PAGINATION",
    "guardrails_list_key_assignments_pages",
    "guardrails_list_key_assignments_pages_async",
]

PAGINATION: OffsetLimit[KeyAssignment] = OffsetLimit(
    operation=OPERATION,
    offset="offset",
    limit="limit",
    results="$.data",
    total="$.total_count",
    default_limit=50,
)


def guardrails_list_key_assignments_pages(
    core: OpenRouterCore,
    request: GuardrailsListKeyAssignmentsRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Pages[ListKeyAssignmentsResponse, KeyAssignment, GuardrailsListKeyAssignmentsError]:
    """Every page of ``guardrails_list_key_assignments``, each a ``Result``, fetched lazily one
    request per page.
    """
    return walk_pages(
        lambda page: guardrails_list_key_assignments(core, page, options=options),
        request,
        PAGINATION,
    )


def guardrails_list_key_assignments_pages_async(
    core: OpenRouterCore,
    request: GuardrailsListKeyAssignmentsRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> AsyncPages[ListKeyAssignmentsResponse, KeyAssignment, GuardrailsListKeyAssignmentsError]:
    """The async twin of :func:`guardrails_list_key_assignments_pages`: ``async for`` its pages."""
    return walk_pages_async(
        lambda page: guardrails_list_key_assignments_async(core, page, options=options),
        request,
        PAGINATION,
    )
