# Generated from the OpenRouter OpenAPI spec (bulkAssignMembersToGuardrail) by `python -m codegen`; do not edit.
"""Bulk assign members to a guardrail: ``POST /guardrails/{id}/assignments/members``.

Assign multiple organization members to a specific guardrail. Management key required.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias, TypedDict

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, json_body, ok, path
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    BadRequestResponseError,
    HTTPClientError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterDefaultError,
    ResponseValidationError,
    SDKValidationError,
    UnauthorizedResponseError,
)
from openrouter_core.models.bulk_assign_members_request import BulkAssignMembersRequest
from openrouter_core.models.bulk_assign_members_response import BulkAssignMembersResponse

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "BulkAssignMembersRequest",
    "BulkAssignMembersResponse",
    "GuardrailsBulkAssignMembersError",
    "GuardrailsBulkAssignMembersRequest",
    "GuardrailsBulkAssignMembersRequestDict",
    "guardrails_bulk_assign_members",
    "guardrails_bulk_assign_members_async",
]


@attrs.frozen(kw_only=True)
class GuardrailsBulkAssignMembersRequest:
    """The parameters and JSON body of ``POST /guardrails/{id}/assignments/members``."""

    body: BulkAssignMembersRequest
    """The JSON body; a dict request gives its fields next to the parameters."""
    id: str = attrs.field(metadata={"wire": "id"})
    """The unique identifier of the guardrail."""
    http_referer: str | None = attrs.field(default=None, metadata={"wire": "HTTP-Referer"})
    """The app identifier should be your app's URL and is used as the primary identifier for rankings."""
    app_title: str | None = attrs.field(default=None, metadata={"wire": "X-OpenRouter-Title"})
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    app_categories: str | None = attrs.field(
        default=None, metadata={"wire": "X-OpenRouter-Categories"}
    )
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent")."""


class GuardrailsBulkAssignMembersRequestDict(TypedDict, total=False):
    """The request as a dict literal : the parameters and the body's fields side by side."""

    id: Required[str]
    http_referer: str
    app_title: str
    app_categories: str
    member_user_ids: Required[list[str]]
    extra_fields: dict[str, Any]


GuardrailsBulkAssignMembersError: TypeAlias = (
    BadRequestResponseError
    | UnauthorizedResponseError
    | NotFoundResponseError
    | InternalServerResponseError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[GuardrailsBulkAssignMembersRequest, BulkAssignMembersResponse] = Operation(
    operation_id="bulkAssignMembersToGuardrail",
    method="POST",
    path="/guardrails/{id}/assignments/members",
    request_type=GuardrailsBulkAssignMembersRequest,
    params=(
        path("id", "id"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=json_body(BulkAssignMembersRequest),
    responses=(
        ok(200, BulkAssignMembersResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(NotFoundResponseError),
        fails(InternalServerResponseError),
    ),
)


def guardrails_bulk_assign_members(
    core: OpenRouterCore,
    request: GuardrailsBulkAssignMembersRequest | GuardrailsBulkAssignMembersRequestDict,
    *,
    options: RequestOptions | None = None,
) -> Result[BulkAssignMembersResponse, GuardrailsBulkAssignMembersError]:
    """Assign multiple organization members to a specific guardrail."""
    return invoke(core, OPERATION, request, options)


async def guardrails_bulk_assign_members_async(
    core: OpenRouterCore,
    request: GuardrailsBulkAssignMembersRequest | GuardrailsBulkAssignMembersRequestDict,
    *,
    options: RequestOptions | None = None,
) -> Result[BulkAssignMembersResponse, GuardrailsBulkAssignMembersError]:
    """Assign multiple organization members to a specific guardrail."""
    return await invoke_async(core, OPERATION, request, options)
