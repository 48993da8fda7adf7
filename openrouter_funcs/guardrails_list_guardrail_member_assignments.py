# Generated from the OpenRouter OpenAPI spec (listGuardrailMemberAssignments) by `python -m codegen`; do not edit.
"""List member assignments for a guardrail: ``GET /guardrails/{id}/assignments/members``.

List all organization member assignments for a specific guardrail. Management key required.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias, TypedDict

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, ok, path, query
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    HTTPClientError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterDefaultError,
    ResponseValidationError,
    SDKValidationError,
    UnauthorizedResponseError,
)
from openrouter_core.models.list_member_assignments_response import ListMemberAssignmentsResponse

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "GuardrailsListGuardrailMemberAssignmentsError",
    "GuardrailsListGuardrailMemberAssignmentsRequest",
    "GuardrailsListGuardrailMemberAssignmentsRequestDict",
    "ListMemberAssignmentsResponse",
    "guardrails_list_guardrail_member_assignments",
    "guardrails_list_guardrail_member_assignments_async",
]


@attrs.frozen(kw_only=True)
class GuardrailsListGuardrailMemberAssignmentsRequest:
    """The parameters of ``GET /guardrails/{id}/assignments/members``."""

    id: str = attrs.field(metadata={"wire": "id"})
    """The unique identifier of the guardrail."""
    offset: int | None = attrs.field(default=None, metadata={"wire": "offset"})
    """Number of records to skip for pagination."""
    limit: int | None = attrs.field(default=None, metadata={"wire": "limit"})
    """Maximum number of records to return (max 100)."""
    http_referer: str | None = attrs.field(default=None, metadata={"wire": "HTTP-Referer"})
    """The app identifier should be your app's URL and is used as the primary identifier for rankings."""
    app_title: str | None = attrs.field(default=None, metadata={"wire": "X-OpenRouter-Title"})
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    app_categories: str | None = attrs.field(
        default=None, metadata={"wire": "X-OpenRouter-Categories"}
    )
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent")."""


class GuardrailsListGuardrailMemberAssignmentsRequestDict(TypedDict, total=False):
    """The request as a dict literal : the parameters and the body's fields side by side."""

    id: Required[str]
    offset: int
    limit: int
    http_referer: str
    app_title: str
    app_categories: str


GuardrailsListGuardrailMemberAssignmentsError: TypeAlias = (
    UnauthorizedResponseError
    | NotFoundResponseError
    | InternalServerResponseError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[
    GuardrailsListGuardrailMemberAssignmentsRequest, ListMemberAssignmentsResponse
] = Operation(
    operation_id="listGuardrailMemberAssignments",
    method="GET",
    path="/guardrails/{id}/assignments/members",
    request_type=GuardrailsListGuardrailMemberAssignmentsRequest,
    params=(
        path("id", "id"),
        query("offset", "offset"),
        query("limit", "limit"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok(200, ListMemberAssignmentsResponse),
        fails(UnauthorizedResponseError),
        fails(NotFoundResponseError),
        fails(InternalServerResponseError),
    ),
)


def guardrails_list_guardrail_member_assignments(
    core: OpenRouterCore,
    request: GuardrailsListGuardrailMemberAssignmentsRequest
    | GuardrailsListGuardrailMemberAssignmentsRequestDict,
    *,
    options: RequestOptions | None = None,
) -> Result[ListMemberAssignmentsResponse, GuardrailsListGuardrailMemberAssignmentsError]:
    """List all organization member assignments for a specific guardrail."""
    return invoke(core, OPERATION, request, options)


async def guardrails_list_guardrail_member_assignments_async(
    core: OpenRouterCore,
    request: GuardrailsListGuardrailMemberAssignmentsRequest
    | GuardrailsListGuardrailMemberAssignmentsRequestDict,
    *,
    options: RequestOptions | None = None,
) -> Result[ListMemberAssignmentsResponse, GuardrailsListGuardrailMemberAssignmentsError]:
    """List all organization member assignments for a specific guardrail."""
    return await invoke_async(core, OPERATION, request, options)
