# Generated from the OpenRouter OpenAPI spec (bulkAddWorkspaceMembers) by `python -m codegen`; do not edit.
"""Bulk add members to a workspace: ``POST /workspaces/{id}/members/add``.

Add multiple organization members to a workspace. Members are assigned the same role they hold
in the organization. Management key required.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import JSON_BODY, Operation, fails, header, ok, path
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    AnyStatusError,
    BadRequestResponseError,
    ForbiddenResponseError,
    HTTPClientError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterDefaultError,
    ResponseValidationError,
    SDKValidationError,
    UnauthorizedResponseError,
)
from openrouter_core.models.bulk_add_workspace_members_response import (
    BulkAddWorkspaceMembersResponse,
)

__all__ = [
    "BulkAddWorkspaceMembersError",
    "BulkAddWorkspaceMembersRequest",
    "BulkAddWorkspaceMembersResponse",
    "workspaces_bulk_add_members",
    "workspaces_bulk_add_members_async",
]


@attrs.frozen(kw_only=True)
class BulkAddWorkspaceMembersRequest:
    """The parameters and JSON body of ``POST /workspaces/{id}/members/add``."""

    id: str = attrs.field(metadata={"wire": "id"})
    """The workspace ID (UUID) or slug."""
    http_referer: str | None = attrs.field(default=None, metadata={"wire": "HTTP-Referer"})
    """The app identifier should be your app's URL and is used as the primary identifier for rankings."""
    app_title: str | None = attrs.field(default=None, metadata={"wire": "X-OpenRouter-Title"})
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    app_categories: str | None = attrs.field(
        default=None, metadata={"wire": "X-OpenRouter-Categories"}
    )
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent")."""
    user_ids: list[str]
    """List of user IDs to add to the workspace."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields this SDK does not know yet, sent as they are."""


#: Any status with a named class (``OPERATION`` lists the ones documented here), then
#: the failures every call can have.
BulkAddWorkspaceMembersError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[BulkAddWorkspaceMembersRequest, BulkAddWorkspaceMembersResponse] = Operation(
    operation_id="bulkAddWorkspaceMembers",
    method="POST",
    path="/workspaces/{id}/members/add",
    request_type=BulkAddWorkspaceMembersRequest,
    params=(
        path("id", "id"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=JSON_BODY,
    responses=(
        ok(200, BulkAddWorkspaceMembersResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(ForbiddenResponseError),
        fails(NotFoundResponseError),
        fails(InternalServerResponseError),
    ),
)


def workspaces_bulk_add_members(
    core: OpenRouterCore,
    request: BulkAddWorkspaceMembersRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[BulkAddWorkspaceMembersResponse, BulkAddWorkspaceMembersError]:
    """Add multiple organization members to a workspace."""
    return invoke(core, OPERATION, request, options)


async def workspaces_bulk_add_members_async(
    core: OpenRouterCore,
    request: BulkAddWorkspaceMembersRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[BulkAddWorkspaceMembersResponse, BulkAddWorkspaceMembersError]:
    """Add multiple organization members to a workspace."""
    return await invoke_async(core, OPERATION, request, options)
